import { Suspense } from 'react';
import type { GateState } from '../../../shared/checklist/progress.ts';
import type { EmbeddedWidget } from '../../../shared/checklist/schema.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { widgets } from '../widgets.tsx';

interface Props {
  profileId: string;
  stepId: StepId;
  embedded: EmbeddedWidget[];
  gates: Partial<Record<string, GateState>>;
  goToStep: (id: StepId) => void;
}

/** The feature widgets a step embeds, each with what its gate says when the step waits for it. */
export function EmbeddedWidgets({ profileId, stepId, embedded, gates, goToStep }: Props) {
  return embedded.map(({ id, gate }) => {
    const Widget = widgets[id];
    const state = gates[id];
    return (
      <div key={id} className="step-widget" data-widget={id}>
        {Widget ? (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Widget profileId={profileId} stepId={stepId} goToStep={goToStep} />
          </Suspense>
        ) : (
          <p className="callout note">This part of the assistant is not available in this build yet.</p>
        )}
        {gate && (
          <p className={`gate-state ${state?.satisfied ? 'ok' : 'waiting'}`}>
            {state?.satisfied ? 'Confirmed' : 'Waiting'}
            {state?.reason ? `: ${state.reason}` : state?.satisfied ? '.' : ': this step finishes when this part is done.'}
          </p>
        )}
      </div>
    );
  });
}
