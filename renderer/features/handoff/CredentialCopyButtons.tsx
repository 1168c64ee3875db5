import { useState } from 'react';
import { Check, Copy } from 'lucide-react';
import type { CredentialField } from '../../../shared/credentials/credentials.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';
import { useClipboardCountdown } from '../credentials/use-credentials.ts';

const labels: Record<CredentialField, string> = { clientId: 'Client ID', clientSecret: 'Client Secret' };

/**
 * Puts the Client ID, then the Client Secret, on the clipboard from the main process: the renderer never holds the
 * secret. The main process clears the secret after 30 seconds and pushes the countdown shown here.
 */
export function CredentialCopyButtons({ profileId, onError }: { profileId: string; onError: (error: UiError) => void }) {
  const [copied, setCopied] = useState<CredentialField | null>(null);
  // The same countdown the capture step shows: the main process pushes it while the secret is on the clipboard.
  const { secondsLeft, start } = useClipboardCountdown();

  const copy = async (field: CredentialField) => {
    try {
      const result = await unwrap(assistant().credentials.copy({ profileId, field }));
      setCopied(field);
      if (result.clearsInSeconds !== null) start(result.clearsInSeconds);
    } catch (e) {
      setCopied(null);
      onError(asUiError(e));
    }
  };

  return (
    <div className="row handoff-copy">
      {(['clientId', 'clientSecret'] as const).map((field) => (
        <button key={field} type="button" onClick={() => void copy(field)}>
          {copied === field ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />} Copy {labels[field]}
        </button>
      ))}
      <span role="status" aria-live="polite" className="muted">
        {copied === 'clientSecret' && secondsLeft !== null
          ? `Client Secret on the clipboard: cleared in ${secondsLeft} s.`
          : copied
            ? `${labels[copied]} copied.`
            : ''}
      </span>
    </div>
  );
}
