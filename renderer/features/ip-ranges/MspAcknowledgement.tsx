import { useId, useState, type FormEvent } from 'react';
import { isMspAcknowledgement, MSP_ACKNOWLEDGEMENT_PHRASE } from '../../../shared/ip-ranges/profile-section.ts';

export interface MspAcknowledgementProps {
  /** Records the typed text; resolves to an error message, or undefined when it was recorded. */
  onAcknowledge: (text: string) => Promise<string | undefined>;
}

/**
 * The only way past a caution without changing the list: a managed service provider types, word for word, that they
 * are one. A checkbox would be too easy to tick on the way past.
 */
export function MspAcknowledgement({ onAcknowledge }: MspAcknowledgementProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await onAcknowledge(text));
    setBusy(false);
  };

  return (
    <form className="card ip-ack" onSubmit={(e) => void submit(e)} aria-label="Managed service provider acknowledgement">
      <h3>This step stays open until the list changes</h3>
      <p>
        Only a managed service provider can still sign in with a list like this. If that is you and you understand that
        every other account, including your customer’s administrators, will be unable to sign in to Mimecast, type
        the sentence below. It is recorded with the time.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Type “{MSP_ACKNOWLEDGEMENT_PHRASE}”</label>
        <span id={hintId} className="field-hint">
          Case does not matter; the words do.
        </span>
        <input
          id={inputId}
          value={text}
          autoComplete="off"
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => setText(e.target.value)}
        />
        {error && (
          <span id={errorId} className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="primary" disabled={busy || !isMspAcknowledgement(text)}>
        Record acknowledgement
      </button>
    </form>
  );
}
