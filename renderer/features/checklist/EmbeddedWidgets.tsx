import { Suspense } from 'react';
import type { EmbeddedWidget } from '../../../shared/checklist/schema.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { widgets } from '../widgets.tsx';

interface Props {
  profileId: string;
  stepId: StepId;
  embedded: EmbeddedWidget[];
  goToStep: (id: StepId) => void;
}

/**
 * The feature widgets a step embeds. What a gate still waits for is said once, in the footer's step state
 * (StepFooter), not again under each widget.
 */
export function EmbeddedWidgets({ profileId, stepId, embedded, goToStep }: Props) {
  return embedded.map(({ id }) => {
    const Widget = widgets[id];
    return (
      <div key={id} className="step-widget" data-widget={id}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Widget profileId={profileId} stepId={stepId} goToStep={goToStep} />
        </Suspense>
      </div>
    );
  });
}
