import { useId, useState, type FormEvent } from 'react';
import { Send } from 'lucide-react';
import type { IntakeConfig, IntakeProgressEvent } from '../../../shared/handoff/handoff-view.ts';
import type { IntakeOutcome } from '../../../shared/handoff/intake-contract.ts';

interface Props {
  config: IntakeConfig;
  blocked: boolean;
  submitting: boolean;
  progress: IntakeProgressEvent | null;
  outcome: IntakeOutcome | null;
  onSave: (input: { url: string; accountName?: string; token?: string }) => Promise<boolean | undefined>;
  onSubmit: () => void;
}

/**
 * The optional HTTPS intake: its address and Account Name (kept in the profile) and its bearer token (sent once to
 * the main process, kept in the secret store, never shown again), then the submission with its retries visible.
 */
export function IntakeForm({ config, blocked, submitting, progress, outcome, onSave, onSubmit }: Props) {
  const [url, setUrl] = useState(config.url ?? '');
  const [accountName, setAccountName] = useState(config.accountName ?? '');
  const [token, setToken] = useState('');
  const ids = { url: useId(), name: useId(), token: useId() };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await onSave({ url, ...(accountName.trim() ? { accountName } : {}), ...(token ? { token } : {}) });
    // The token leaves the renderer's memory as soon as the main process has it.
    if (saved) setToken('');
  };

  return (
    <div className="handoff-intake">
      <h3>Send to your HTTPS intake</h3>
      <form onSubmit={(e) => void save(e)}>
        <div className="field">
          <label htmlFor={ids.url}>Intake URL</label>
          <input id={ids.url} type="url" required value={url} placeholder="https://intake.example.com/mimecast" onChange={(e) => setUrl(e.target.value)} />
          <span className="field-hint">HTTPS only (plain http is accepted for this computer alone).</span>
        </div>
        <div className="field">
          <label htmlFor={ids.name}>Account Name</label>
          <input id={ids.name} value={accountName} maxLength={200} onChange={(e) => setAccountName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.token}>Intake token {config.tokenStored && <span className="muted">(one is stored; leave empty to keep it)</span>}</label>
          <input id={ids.token} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} />
          <span className="field-hint">Kept in the secret store, never in settings or the report.</span>
        </div>
        <button type="submit" disabled={submitting}>
          Save intake settings
        </button>
      </form>

      <div className="row handoff-submit">
        <button type="button" className="primary" disabled={blocked || submitting || !config.url || !config.tokenStored} onClick={onSubmit}>
          <Send size={14} aria-hidden /> {submitting ? 'Submitting…' : 'Submit the credentials'}
        </button>
        {blocked && <span className="muted">Held back by the failed verification above.</span>}
      </div>
      <p role="status" aria-live="polite">
        {submitting && progress ? progress.message : ''}
      </p>
      {outcome && (
        <div className={`callout ${outcome.ok ? 'success' : 'danger'}`} role={outcome.ok ? 'status' : 'alert'}>
          <p>{outcome.message}</p>
        </div>
      )}
    </div>
  );
}
