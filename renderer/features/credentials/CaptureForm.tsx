import { Save } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { CredentialStatusValue } from '../../../shared/credentials/credentials.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';
import { SecretField } from './SecretField.tsx';
import { keyFieldProps } from './key-field-props.ts';
import { useHoldRestart } from '../../lib/restart-holds.ts';

export interface CaptureFormProps {
  profileId: string;
  /** Replacing stored keys: the old ones stay until the new ones are saved. */
  replacing: boolean;
  onSaved: (status: CredentialStatusValue, notices: string[]) => void;
  onCancel?: () => void;
}

/**
 * Client ID and Client Secret, sent once over `credentials.capture`. Both fields are emptied after every answer,
 * success or refusal: a refused pair may have the secret in the Client ID field, in clear text. The Mimecast dialog
 * stays open until the assistant confirms (the step says so), so pasting again costs nothing.
 */
export function CaptureForm({ profileId, replacing, onSaved, onCancel }: CaptureFormProps) {
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [confirmedFields, setConfirmedFields] = useState(false);
  // A secret on screen (or in the ID field, where a swapped paste puts it): no update restart may wipe it meanwhile.
  useHoldRestart(clientId !== '' || clientSecret !== '');
  const idField = useId();
  const confirmId = useId();
  const secretField = useId();
  const errorId = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const { notices, ...status } = await unwrap(assistant().credentials.capture({ profileId, clientId, clientSecret, ...(confirmedFields ? { confirmedFields } : {}) }));
      onSaved(status, notices);
    } catch (e) {
      setError(asUiError(e));
    } finally {
      setClientId('');
      setClientSecret('');
      setSaving(false);
    }
  };

  const idProblem = error && /client-id|swapped|identical/.test(error.code);
  // The swap rule for two plain values compares lengths only, so the admin may overrule it after checking.
  const swapSuspected = error?.code === 'credentials-swapped' || confirmedFields;
  const secretProblem = error && /client-secret|swapped|identical/.test(error.code);

  return (
    <form className="capture-form" onSubmit={(e) => void save(e)} aria-describedby={error ? errorId : undefined}>
      {replacing && <p className="muted">Paste the new keys from Mimecast. The stored keys stay until the new ones are saved.</p>}
      <div className="field">
        <label htmlFor={idField}>Client ID</label>
        <span id={`${idField}-hint`} className="field-hint">
          From the “Manage API 2.0 Credentials” dialog in Mimecast.
        </span>
        <input
          id={idField}
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          {...keyFieldProps}
          aria-invalid={idProblem ? true : undefined}
          aria-describedby={[`${idField}-hint`, idProblem ? errorId : ''].filter(Boolean).join(' ')}
        />
      </div>
      <SecretField
        id={secretField}
        label="Client Secret"
        hint="Shown only once in Mimecast. Paste it here; the assistant stores it encrypted and clears this field."
        value={clientSecret}
        onChange={setClientSecret}
        {...(secretProblem ? { describedBy: errorId } : {})}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error.message}
        </p>
      )}
      {swapSuspected && (
        <div className="field checkbox-field">
          <input id={confirmId} type="checkbox" checked={confirmedFields} onChange={(e) => setConfirmedFields(e.target.checked)} />
          <label htmlFor={confirmId}>I checked the Mimecast dialog: the Client ID and the Client Secret are each in their own field</label>
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          <Save size={16} aria-hidden /> {saving ? 'Saving…' : replacing ? 'Save the new keys' : 'Save the keys'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={saving}>
            Keep the stored keys
          </button>
        )}
      </div>
    </form>
  );
}
