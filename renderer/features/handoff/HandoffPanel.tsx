import { useId, useState } from 'react';
import type { HandoffChannel } from '../../../shared/handoff/handoff-data.ts';
import type { UiError } from '../../lib/assistant.ts';
import type { WidgetProps } from '../widget-props.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { PortalWalkthrough } from './PortalWalkthrough.tsx';
import { PreflightSection } from './PreflightSection.tsx';
import { ReceiptTimeline } from './ReceiptTimeline.tsx';
import { ReportActions } from './ReportActions.tsx';
import { useHandoff } from './use-handoff.ts';
import './handoff.css';

const channels: Array<{ id: HandoffChannel; label: string; detail: string }> = [
  { id: 'portal', label: 'Arctic Wolf Unified Portal', detail: 'Recommended: you paste the values into the portal form; always available.' },
  { id: 'intake', label: 'HTTPS intake', detail: 'Only if your organisation or MSP relays onboarding secrets through an intake of its own.' },
];

/** The hand-off step: pre-flight, the channel, the portal walkthrough or the intake, then the receipt and timeline. */
export function HandoffPanel({ profileId, stepId, goToStep }: WidgetProps) {
  const h = useHandoff(profileId);
  const [copyError, setCopyError] = useState<UiError | null>(null);
  const titleId = useId();
  const channelName = useId();
  const channelHintId = useId();
  // Picking a channel only shows its form: nothing is saved or written to the timeline until the channel is used
  // (an outcome recorded, an intake configured or submitted), which records the channel by itself.
  const [chosenChannel, setChosenChannel] = useState<HandoffChannel>();

  if (!h.view) {
    return h.error ? (
      <p className="field-error" role="alert">
        {h.error.message}
      </p>
    ) : (
      <p role="status">Loading the hand-off…</p>
    );
  }
  const channel = chosenChannel ?? h.view.section.channel ?? 'portal';
  const blocked = h.preflight ? h.preflight.blocked : true;

  return (
    <section className="handoff-panel" aria-labelledby={titleId}>
      {/* The step's own title says this already; the heading names the region for screen readers. */}
      <h2 id={titleId} className="visually-hidden">
        Hand the credentials to Arctic Wolf
      </h2>
      {h.error && (
        <div className="callout danger" role="alert">
          <p>{h.error.message}</p>
          {h.error.code === 'no-credentials' && stepId !== 'capture-keys' && (
            <button type="button" onClick={() => goToStep('capture-keys')}>
              Go to the step that stores the keys
            </button>
          )}
        </div>
      )}

      <PreflightSection
        preflight={h.preflight}
        running={h.preflightRunning}
        onRerun={() => void h.rerunPreflight()}
        onProceed={() => void h.proceedAnyway()}
        stepId={stepId}
        goToStep={goToStep}
      />

      <fieldset className="handoff-channel">
        <legend>How do the credentials reach Arctic Wolf?</legend>
        <div className="handoff-outcome-options">
          {channels.map((c) => (
            <label key={c.id} className="handoff-outcome-option">
              <input type="radio" name={channelName} value={c.id} checked={channel === c.id} aria-describedby={channel === c.id ? channelHintId : undefined} onChange={() => setChosenChannel(c.id)} />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
        <p id={channelHintId} className="field-hint handoff-outcome-advice">
          {channels.find((c) => c.id === channel)?.detail}
        </p>
      </fieldset>

      {copyError && (
        <p className="field-error" role="alert">
          {copyError.message}
        </p>
      )}
      {channel === 'portal' && h.guide && (
        <PortalWalkthrough
          key={h.guide.accountName}
          profileId={profileId}
          guide={h.guide}
          view={h.view}
          disabled={blocked}
          onAccountName={(name) => void h.setAccountName(name)}
          onRecord={(state) => void h.recordOutcome(state)}
          onError={setCopyError}
        />
      )}
      {channel === 'intake' && h.intake && (
        <IntakeForm config={h.intake} blocked={blocked} submitting={h.submitting} progress={h.progress} outcome={h.outcome} onSave={h.configureIntake} onSubmit={() => void h.submitIntake()} />
      )}

      <ReceiptTimeline view={h.view} />
      <ReportActions profileId={profileId} />
    </section>
  );
}
