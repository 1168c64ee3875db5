import { useId, useState } from 'react';
import type { HandoffView, PortalGuide } from '../../../shared/handoff/handoff-view.ts';
import type { PortalHealth } from '../../../shared/handoff/portal-health.ts';
import { CredentialCopyButtons } from './CredentialCopyButtons.tsx';

interface Props {
  guide: PortalGuide;
  view: HandoffView;
  disabled: boolean;
  onAccountName: (name: string) => void;
  onRecord: (state: PortalHealth) => void;
  onError: (message: string) => void;
}

/** The Unified Portal form, field by field, then the health state the admin saw, recorded with the time. */
export function PortalWalkthrough({ guide, view, disabled, onAccountName, onRecord, onError }: Props) {
  const [name, setName] = useState(guide.accountName);
  const [state, setState] = useState<PortalHealth | ''>(view.section.portalOutcome?.state ?? '');
  const nameId = useId();
  const outcomeId = useId();
  const recorded = view.section.portalOutcome;
  // The suggested name is only a suggestion until saved: "Use this name" saves it even unchanged.
  const savedName = view.section.accountName;
  const record = (outcome: PortalHealth) => {
    // Recording what the portal showed means the admin used the name on screen: keep it for the report.
    if (savedName === undefined && name.trim() !== '') onAccountName(name);
    onRecord(outcome);
  };

  return (
    <div className="handoff-portal">
      <h3>In the Arctic Wolf Unified Portal</h3>
      <p>
        Go to <strong>{guide.path.join(' > ')}</strong>.
      </p>
      <p className="muted">{guide.olderPathNote}</p>

      <div className="field">
        <label htmlFor={nameId}>Account Name (unique and descriptive)</label>
        <div className="row">
          <input id={nameId} className="handoff-account-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          <button type="button" disabled={disabled || name.trim() === '' || name.trim() === savedName} onClick={() => onAccountName(name)}>
            {name.trim() !== '' && name.trim() === savedName ? 'Name saved' : 'Use this name'}
          </button>
        </div>
      </div>
      <dl className="handoff-facts">
        <dt>Region / host</dt>
        <dd>
          {guide.region.label} (<code>{guide.region.baseUrl}</code>)
        </dd>
        <dt>Credential Expiry</dt>
        <dd>{guide.credentialExpiry ?? 'None (optional; set it below under “Credential lifecycle” if your organisation uses one)'}</dd>
        <dt>Client ID</dt>
        <dd>{guide.maskedClientId ?? 'Not stored'}</dd>
      </dl>

      <CredentialCopyButtons onError={onError} />

      <ol className="handoff-steps">
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>

      <fieldset className="handoff-outcome" disabled={disabled}>
        <legend id={outcomeId}>What did the portal show after “Test and submit credentials”?</legend>
        {guide.healthStates.map((h) => (
          <label key={h.state} className="handoff-outcome-option">
            <input type="radio" name={outcomeId} value={h.state} checked={state === h.state} onChange={() => setState(h.state)} />
            <span>
              <strong>{h.state}</strong> <span className="muted">— {h.advice}</span>
            </span>
          </label>
        ))}
        <button type="button" className="primary" disabled={state === ''} onClick={() => state && record(state)}>
          Record the outcome
        </button>
      </fieldset>
      {recorded && (
        <p role="status">
          Recorded: <strong>{recorded.state}</strong> at {new Date(recorded.at).toLocaleString()} by {recorded.by}.
        </p>
      )}
    </div>
  );
}
