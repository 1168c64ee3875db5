import { useId, useState } from 'react';
import type { CredentialStatusValue } from '../../../shared/credentials/credentials.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import type { WidgetProps } from '../widget-props.ts';
import { CaptureForm } from './CaptureForm.tsx';
import { MemoryOnlyBanner } from './MemoryOnlyBanner.tsx';
import { StoredCredentials } from './StoredCredentials.tsx';
import { useCredentials } from './use-credentials.ts';
import './credentials.css';

/**
 * The "Capture the keys" widget: paste the Client ID and Secret once, see where they went, and manage them after.
 * The secret crosses to the main process exactly once, in `credentials.capture`; nothing here ever receives it back.
 */
export function CredentialsCapture(props: WidgetProps) {
  // A fresh widget per profile: nothing typed for one tenant can carry over to another.
  return <CredentialsWidget key={props.profileId} {...props} />;
}

function CredentialsWidget({ profileId }: WidgetProps) {
  const { status, setStatus, store, error, setError, act } = useCredentials(profileId);
  const [replacing, setReplacing] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const titleId = useId();

  const saved = (next: CredentialStatusValue, changed: string[]) => {
    setStatus(next);
    setNotices(changed);
    setReplacing(false);
    setError(null);
  };

  const run = (operation: () => Promise<CredentialStatusValue>) => async () => {
    setNotices([]);
    await act(operation);
  };

  if (!status || !store) return error ? <p className="field-error" role="alert">{error.message}</p> : <p role="status">Checking for stored keys…</p>;

  const hasRecord = status.maskedClientId !== undefined;
  return (
    <section className="credentials-capture" aria-labelledby={titleId}>
      <h2 id={titleId}>Client ID and Client Secret</h2>
      <MemoryOnlyBanner store={store} />
      {notices.length > 0 && (
        <ul className="capture-notices" aria-label="What the assistant tidied">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {hasRecord && !replacing ? (
        <StoredCredentials
          profileId={profileId}
          status={status}
          store={store}
          onReplace={() => {
            setNotices([]);
            setReplacing(true);
          }}
          onDelete={run(() => unwrap(assistant().credentials.delete({ profileId })))}
          onForget={run(() => unwrap(assistant().credentials.forgetSecret({ profileId })))}
          onError={setError}
        />
      ) : (
        <>
          {!hasRecord && (
            <p className="muted">
              The keys will be stored in the {store.label}. {store.protection}
            </p>
          )}
          <CaptureForm profileId={profileId} replacing={replacing} onSaved={saved} {...(replacing ? { onCancel: () => setReplacing(false) } : {})} />
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
