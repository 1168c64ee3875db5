import { useId, useState } from 'react';
import { AlertTriangle, KeyRound } from 'lucide-react';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import type { WidgetProps } from '../widget-props.ts';
import { formatDate, formatDateTime, formatRelative } from '../../lib/time-format.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';
import { Countdown } from './Countdown.tsx';
import { RecheckSection } from './RecheckSection.tsx';
import './lifecycle.css';

const whereLabel = { mimecast: 'Mimecast', app: 'This app', 'arctic-wolf': 'Arctic Wolf' } as const;

/** After the hand-off: Credential Expiry with its reminder, the 12-hour refresh window, and forgetting the secret. */
export function LifecyclePanel({ profileId, goToStep }: WidgetProps) {
  // Reloaded on the scheduler's countdown, and when a hand-off confirmed beside it changes what is offered (forget the secret).
  const { data: view, error, act } = useAssistantQuery(() => unwrap(assistant().lifecycle.state({ profileId })), {
    profileId,
    refreshOn: ['lifecycle.countdown', 'handoff.changed'],
  });
  const lifecycle = assistant().lifecycle;
  const [expiry, setExpiryInput] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'failure' | 'forget' | null>(null);
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const expiryId = useId();

  if (!view) return error ? <p className="field-error" role="alert">{error.message}</p> : <p role="status">Loading the credential lifecycle…</p>;
  const window = view.window;
  const expiryValue = expiry ?? view.credentialExpiry ?? '';

  // After the hand-off this is reference until something needs the admin: a failure window or a near expiry.
  const urgent = (window !== null && window !== undefined && window.state !== 'refreshed') || (view.expiry !== null && view.expiry !== undefined && view.expiry.state !== 'ok');
  const summary = view.expiry ? `Expires ${formatDate(view.expiry.date)}` : 'Expiry reminders and the 12-hour refresh window';

  return (
    <section className="lifecycle-panel" aria-labelledby={titleId}>
      <details open={urgent || opened} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        <h2 id={titleId}>Credential lifecycle</h2> <span className="muted">{summary}</span>
      </summary>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}

      <h3>Credential Expiry</h3>
      <div className="row">
        <label htmlFor={expiryId}>Expiry date (as entered in the portal)</label>
        <input id={expiryId} type="date" value={expiryValue} onChange={(e) => setExpiryInput(e.target.value)} />
        <button type="button" disabled={expiryValue === (view.credentialExpiry ?? '')} onClick={() => void act(() => unwrap(lifecycle.setExpiry({ profileId, date: expiryValue || null })))}>
          Save date
        </button>
      </div>
      {view.expiry && (
        <p role="status" className={view.expiry.state === 'ok' ? 'muted' : 'callout caution'}>
          {view.expiry.state === 'expired'
            ? `The credentials expired on ${view.expiry.date}. Refresh them now.`
            : view.expiry.state === 'reminder'
              ? `The credentials expire in ${view.expiry.daysLeft} day(s), on ${view.expiry.date}. Refresh them before then.`
              : `Expires ${view.expiry.date}; you will be reminded from ${formatDate(view.expiry.remindFrom)}.`}
        </p>
      )}

      <h3>If Arctic Wolf reports the credentials failed</h3>
      {window && window.state !== 'refreshed' ? (
        <div className={`callout ${window.state === 'open' ? 'caution' : 'danger'}`}>
          <p className="callout-title">
            <AlertTriangle size={16} aria-hidden /> {window.state === 'open' ? 'Time left to provide refreshed credentials' : 'The 12-hour window has passed'}
          </p>
          <Countdown key={window.endsAt} endsAt={window.endsAt} />
          <p>
            Reported {formatDateTime(window.startedAt)}; ends {formatDateTime(window.endsAt)} ({formatRelative(window.endsAt)}). Arctic Wolf can fetch only the 12 hours before
            refreshed credentials arrive.
          </p>
        </div>
      ) : (
        <>
          {window?.state === 'refreshed' && window.refreshedAt && <p role="status">Refreshed credentials saved {formatDateTime(window.refreshedAt)}.</p>}
          <button type="button" onClick={() => setConfirm('failure')}>
            Arctic Wolf reported the credentials failed
          </button>
        </>
      )}
      {window && window.state !== 'refreshed' && (
        <>
          <ol className="lifecycle-steps" aria-label="Refresh the credentials">
            {view.refreshSteps.map((step) => (
              <li key={step.id}>
                <span className="where">{whereLabel[step.where]}</span>
                {step.text}
              </li>
            ))}
          </ol>
          <div className="row">
            <button type="button" onClick={() => goToStep('capture-keys')}>
              <KeyRound size={14} aria-hidden /> Capture the new keys
            </button>
            <button type="button" className="primary" onClick={() => void act(() => unwrap(lifecycle.markRefreshed({ profileId })))}>
              New credentials saved in the portal
            </button>
          </div>
        </>
      )}

      <RecheckSection profileId={profileId} />

      {view.forgetSecret.offered && (
        <div className="callout note">
          <p className="callout-title">Recommended: forget the Client Secret</p>
          <p>Arctic Wolf has the credentials. Removing the secret from this computer leaves nothing to steal here; the masked Client ID and the dates stay.</p>
          <button type="button" onClick={() => setConfirm('forget')}>
            Forget the secret
          </button>
        </div>
      )}
      {view.forgetSecret.forgottenAt && (
        <p role="status" className="muted">
          The secret was removed from this computer {formatDateTime(view.forgetSecret.forgottenAt)} by {view.forgetSecret.by}.
        </p>
      )}

      <ConfirmDialog
        open={confirm === 'failure'}
        onOpenChange={(open) => setConfirm(open ? 'failure' : null)}
        title="Start the 12-hour refresh window?"
        confirmLabel="Start the countdown"
        onConfirm={() => {
          setConfirm(null);
          void act(() => unwrap(lifecycle.reportFailure({ profileId })));
        }}
      >
        <p>Use this when Arctic Wolf notified you that the Mimecast credentials failed. The app counts down 12 hours and reminds you before they run out.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'forget'}
        onOpenChange={(open) => setConfirm(open ? 'forget' : null)}
        title="Forget the Client Secret?"
        confirmLabel="Forget the secret"
        destructive
        onConfirm={() => {
          setConfirm(null);
          void act(() => unwrap(lifecycle.forgetSecret({ profileId })));
        }}
      >
        <p>The secret is deleted from this computer’s secret store. To hand it over again you will need to generate new credentials in Mimecast.</p>
      </ConfirmDialog>
      </details>
    </section>
  );
}
