import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

/**
 * Copies a step's value through the main process (the renderer has no clipboard permission). Says "Copied" in words,
 * announced politely to screen readers.
 */
export function CopyButton({ profileId, step, item, label, onError }: { profileId: string; step: StepId; item: string; label: string; onError: (error: UiError) => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await unwrap(assistant().progress.copy({ profileId, step, item }));
      setCopied(true);
    } catch (e) {
      setCopied(false);
      onError(asUiError(e));
    }
  };
  return (
    // The name starts with the visible word, so speech control ("click Copy") and screen readers agree.
    <button type="button" className="icon copy-button" onClick={() => void copy()} aria-label={`${copied ? 'Copied' : 'Copy'} ${label}`}>
      {copied ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}
      <span>{copied ? 'Copied' : 'Copy'}</span>
      <span className="visually-hidden" aria-live="polite">
        {copied ? `${label} copied to the clipboard.` : ''}
      </span>
    </button>
  );
}
