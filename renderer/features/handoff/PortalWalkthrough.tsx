import { useId, useState, type ReactNode } from 'react';
import type { HandoffView, PortalGuide } from '../../../shared/handoff/handoff-view.ts';
import type { PortalHealth } from '../../../shared/handoff/portal-health.ts';
import { formatDateTime } from '../../lib/time-format.ts';
import { CredentialCopyButtons } from './CredentialCopyButtons.tsx';
import type { UiError } from '../../lib/assistant.ts';

/** Its children as they are, or folded behind a one-line summary once they are done with. */
function FoldedWhen({ folded, summary, children }: { folded: boolean; summary: string; children: ReactNode }) {
  if (!folded) return children;
  return (
    <details className="handoff-portal-guide">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

interface Props {
  profileId: string;
  guide: PortalGuide;
  view: HandoffView;
  disabled: boolean;
  onAccountName: (name: string) => void;
  onRecord: (state: PortalHealth) => void;
  onError: (error: UiError) => void;
}

/** The Unified Portal form, field by field, then the health state the admin saw, recorded with the time. */
export function PortalWalkthrough({ profileId, guide, view, disabled, onAccountName, onRecord, onError }: Props) {
  const [name, setName] = useState(guide.accountName);
  const [state, setState] = useState<PortalHealth | ''>(view.section.portalOutcome?.state ?? '');
  const nameId = useId();
  const outcomeId = useId();
  const adviceId = useId();
  const recorded = view.section.portalOutcome;
  // The suggested name is only a suggestion until saved: "Use this name" saves it even unchanged.
  const savedName = view.section.accountName;
  const record = (outcome: PortalHealth) => {
    // Recording what the portal showed means the admin used the name on screen: keep it for the report.
    if (savedName === undefined && name.trim() !== '') onAccountName(name);
    onRecord(outcome);
  };
  const picked = guide.healthStates.find((h) => h.state === state);
  const accepted = recorded !== undefined && guide.healthStates.some((h) => h.state === recorded.state && h.accepted);

  return (
    <div className="handoff-portal">
      <h3>In the Arctic Wolf Unified Portal</h3>
      <p>
        Go to <strong>{guide.path.join(' > ')}</strong>.
      </p>

      {/* Once the portal showed a good state, the form-filling guide folds away: the outcome and the receipt are what
          the admin needs to see now. */}
      <FoldedWhen folded={accepted} summary="The portal form, field by field (done)">
        <div className="field">
          <label htmlFor={nameId}>Account Name (unique and descriptive)</label>
          <div className="row">
            <input id={nameId} className="handoff-account-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            <button type="button" disabled={disabled || name.trim() === '' || name.trim() === savedName} onClick={() => onAccountName(name)}>
              {name.trim() !== '' && name.trim() === savedName ? 'Name saved' : 'Use this name'}
            </button>
          </div>
        </div>
        {/* Region and Credential Expiry are in the numbered steps below; the Client ID shows which keys are copied. */}
        <div className="row handoff-copy-row">
          <span>
            Client ID <code>{guide.maskedClientId ?? 'not stored'}</code>
          </span>
          <CredentialCopyButtons profileId={profileId} onError={onError} />
        </div>

        <ol className="handoff-steps">
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </FoldedWhen>

      <fieldset className="handoff-outcome" disabled={disabled}>
        <legend id={outcomeId}>What did the portal show after “Test and submit credentials”?</legend>
        <div className="handoff-outcome-options">
          {guide.healthStates.map((h) => (
            <label key={h.state} className="handoff-outcome-option">
              <input type="radio" name={outcomeId} value={h.state} checked={state === h.state} onChange={() => setState(h.state)} aria-describedby={state === h.state ? adviceId : undefined} />
              <span>{h.state}</span>
            </label>
          ))}
        </div>
        {/* The advice for the state picked, not six paragraphs at once. */}
        {picked && (
          <p id={adviceId} className="field-hint handoff-outcome-advice">
            {picked.advice}
          </p>
        )}
        <button type="button" className="primary" disabled={state === ''} onClick={() => state && record(state)}>
          Record the outcome
        </button>
      </fieldset>
      {recorded && (
        <p role="status">
          Recorded: <strong>{recorded.state}</strong> at {formatDateTime(recorded.at)} by {recorded.by}.
        </p>
      )}
    </div>
  );
}
