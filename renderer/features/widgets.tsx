import type { ComponentType } from 'react';
import type { StepId, WidgetId } from '../../shared/checklist/step-ids.ts';

/** What every embedded widget receives from the step that shows it. */
export interface WidgetProps {
  profileId: string;
  stepId: StepId;
  /** Moves the checklist to another step (e.g. a failed permission links to "Create the role"). */
  goToStep: (id: StepId) => void;
}

/**
 * The interactive parts of steps, by widget id. Each feature registers its component here; a step's data names the
 * widget and the generic step view renders it. A widget not registered yet renders nothing.
 */
export const widgets: Partial<Record<WidgetId, ComponentType<WidgetProps>>> = {};
