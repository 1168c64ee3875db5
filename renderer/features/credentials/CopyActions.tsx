import { Copy } from 'lucide-react';
import { useState } from 'react';
import type { CredentialField } from '../../../shared/credentials/credentials.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';
import { useClipboardCountdown } from './use-credentials.ts';

/**
 * Copy buttons for pasting into the Arctic Wolf portal. The main process does the copying (the renderer never holds
 * the secret) and clears a copied secret after 30 seconds; the countdown comes from its pushes.
 */
export function CopyActions({ profileId, onError }: { profileId: string; onError: (error: UiError) => void }) {
  const { secondsLeft, cleared, start } = useClipboardCountdown();
  const [copiedId, setCopiedId] = useState(false);

  const copy = async (field: CredentialField) => {
    try {
      const result = await unwrap(assistant().credentials.copy({ profileId, field }));
      setCopiedId(field === 'clientId');
      if (result.clearsInSeconds !== null) start(result.clearsInSeconds);
    } catch (e) {
      onError(asUiError(e));
    }
  };

  return (
    <div className="copy-actions">
      <div className="row">
        <button type="button" onClick={() => void copy('clientId')}>
          <Copy size={16} aria-hidden /> Copy Client ID
        </button>
        <button type="button" onClick={() => void copy('clientSecret')}>
          <Copy size={16} aria-hidden /> Copy Client Secret
        </button>
      </div>
      {secondsLeft !== null && (
        <p className="clipboard-countdown" aria-hidden="true">
          The clipboard is cleared in {secondsLeft} s.
        </p>
      )}
      {/* One polite announcement per change of state, not one per second. */}
      <p className="visually-hidden" aria-live="polite">
        {secondsLeft !== null
          ? 'Client Secret copied. The clipboard is cleared in 30 seconds.'
          : cleared === true
            ? 'The Client Secret was cleared from the clipboard.'
            : copiedId
              ? 'Client ID copied.'
              : ''}
      </p>
      {secondsLeft === null && cleared === true && <p className="muted">The Client Secret was cleared from the clipboard.</p>}
      {secondsLeft === null && copiedId && cleared !== true && <p className="muted">Client ID copied.</p>}
    </div>
  );
}
