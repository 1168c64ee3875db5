import type { StepId } from '../../shared/checklist/step-ids.ts';

/**
 * What every embedded widget receives from the step that shows it. A file of its own so the widgets import it
 * without importing the registry (`widgets.tsx`), which imports them.
 */
export interface WidgetProps {
  profileId: string;
  stepId: StepId;
  /** Moves the checklist to another step (e.g. a failed permission links to "Create the role"). */
  goToStep: (id: StepId) => void;
}
