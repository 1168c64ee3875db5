import { CheckCircle2, KeyRound, Trash2 } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { CredentialStatusValue, StoreInfo } from '../../../shared/credentials/credentials.ts';
import { secretBackendLabels } from '../../../shared/domain/secret-backend.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { CopyActions } from './CopyActions.tsx';
import { formatDateTime } from '../../lib/time-format.ts';
import type { UiError } from '../../lib/assistant.ts';

export interface StoredCredentialsProps {
  profileId: string;
  status: CredentialStatusValue;
  store: StoreInfo;
  onReplace: () => void;
  onDelete: () => Promise<void>;
  onForget: () => Promise<void>;
  onError: (error: UiError) => void;
}

/** What is stored — masked Client ID, when, where and what that protects against — and what can be done with it. */
export function StoredCredentials({ profileId, status, store, onReplace, onDelete, onForget, onError }: StoredCredentialsProps) {
  const [confirm, setConfirm] = useState<'delete' | 'forget' | null>(null);
  const where = status.backend === store.backend ? store.label : status.backend ? secretBackendLabels[status.backend] : 'the secret store';
  const protection = status.backend === store.backend ? store.protection : '';
  // Stored from the command line for scheduled runs, encrypted to a store key the app is never given: it is there,
  // but this window cannot read (verify, copy) it.
  const forScheduledRuns = status.stored && status.backend === 'key-file' && store.backend !== 'key-file';

  const run = async (action: () => Promise<void>) => {
    setConfirm(null);
    await action();
  };

  return (
    <div className="stored-credentials">
      {forScheduledRuns ? (
        <div className="callout note" role="status">
          <p className="callout-title">
            <KeyRound size={18} aria-hidden /> <span>Stored for scheduled runs</span>
          </p>
          <CredentialFacts maskedClientId={status.maskedClientId} storedAt={status.storedAt} where={secretBackendLabels['key-file']} />
          <p>
            These keys were stored from the command line, encrypted to a store key, so that scheduled runs on a machine
            without a keychain can read them. This window is never given that key, so it cannot verify or copy them.
          </p>
          <p>
            To check them here, run <code>mimecast-aw verify --profile {profileId} --store-key FILE</code> with the key
            file they were stored with. To use them in the app, replace them with new keys: those go to the {store.label}.
          </p>
        </div>
      ) : status.stored ? (
        <div className="callout success" role="status">
          <p className="callout-title">
            {/* What the admin waits for, first: the Mimecast dialog shows the secret only once. */}
            <CheckCircle2 size={18} aria-hidden /> <span>Stored. You can close the Mimecast dialog now.</span>
          </p>
          <CredentialFacts maskedClientId={status.maskedClientId} storedAt={status.storedAt} where={where} />
          {protection && <p>{protection}</p>}
        </div>
      ) : (
        <div className="callout note" role="status">
          <p className="callout-title">
            <KeyRound size={18} aria-hidden /> <span>{status.forgottenAt ? 'Secret forgotten' : 'Secret gone'}</span>
          </p>
          <p>
            Client ID <code>{status.maskedClientId}</code>
            {status.storedAt ? `, saved ${formatDateTime(status.storedAt)}` : ''}.{' '}
            {status.forgottenAt
              ? `The secret was removed from this computer on ${formatDateTime(status.forgottenAt)}, after the hand-off. To use the keys here again, generate new ones in Mimecast.`
              : 'The secret was kept in memory only and the app has restarted since. Capture the keys again (generate new ones in Mimecast if the secret is no longer shown).'}
          </p>
        </div>
      )}

      {status.stored && !forScheduledRuns && <CopyActions profileId={profileId} onError={onError} />}

      <div className="row credential-actions">
        <button type="button" onClick={onReplace}>
          Replace with new keys…
        </button>
        {status.stored && (
          <button type="button" onClick={() => setConfirm('forget')}>
            Forget the secret…
          </button>
        )}
        <button type="button" className="danger" onClick={() => setConfirm('delete')}>
          <Trash2 size={16} aria-hidden /> Delete…
        </button>
      </div>

      <ConfirmDialog
        open={confirm === 'forget'}
        title="Forget the Client Secret?"
        confirmLabel="Forget the secret"
        onConfirm={() => void run(onForget)}
        onOpenChange={(open) => !open && setConfirm(null)}
      >
        <p>
          Recommended once Arctic Wolf has confirmed the hand-off. The secret is removed from {where}; the masked Client ID
          and the dates stay for your records. Verification and copying will no longer work on this computer.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title="Delete the stored keys?"
        confirmLabel="Delete"
        destructive
        onConfirm={() => void run(onDelete)}
        onOpenChange={(open) => !open && setConfirm(null)}
      >
        <p>The Client ID and the Client Secret are removed from this computer. This cannot be undone; the keys keep working in Mimecast.</p>
      </ConfirmDialog>
    </div>
  );
}

/** What is stored, never the secret: the masked Client ID, when, and in which store. */
function CredentialFacts({ maskedClientId, storedAt, where }: { maskedClientId: ReactNode; storedAt: string | null | undefined; where: ReactNode }) {
  return (
    <dl className="credential-facts">
      <dt>Client ID</dt>
      <dd>
        <code>{maskedClientId}</code>
      </dd>
      {storedAt && (
        <>
          <dt>Saved</dt>
          <dd>{formatDateTime(storedAt)}</dd>
        </>
      )}
      <dt>Where</dt>
      <dd>{where}</dd>
    </dl>
  );
}
