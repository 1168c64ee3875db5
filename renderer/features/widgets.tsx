/*
 * CHECKLIST GATES — how the checklist learns whether a widget's step may be completed.
 *
 * A gate is one saved fact per widget id: `{ satisfied: boolean, reason?: string, at }` in the profile's `progress`
 * section. The service behind the widget decides it in the main process, from its own state, whenever that state
 * changes:
 *       services.progress.update(profileId, { op: 'gate', widget: 'handoff', satisfied: true, reason: 'Receipt AW-123' })
 * The renderer cannot set a gate (`progress.update` over IPC refuses `op: 'gate'`): it asks the service to act
 * (save the lists, capture, verify) and the gate follows. Every change pushes `progress.changed`; the step list and
 * the step view refresh by themselves.
 * `reason` is shown to the admin under "still to do" while unsatisfied: write what to do next (≤ 500 chars).
 *
 * What the gates do (shared/checklist/steps/*.ts):
 *   credentials-capture  completes "Capture the keys"; until satisfied, "Hand off" is blocked
 *   ip-ranges-check      completes "Admin IP Ranges" when the admin chose to set ranges (skipping needs no gate)
 *   handoff              completes "Hand off"; until satisfied, "Remove the API 1.0 application" is blocked
 *   verification, lifecycle  informative only: no step waits for them (report them anyway if useful)
 */
import { lazy, type ComponentType } from 'react';
import type { WidgetId } from '../../shared/checklist/step-ids.ts';
import type { WidgetProps } from './widget-props.ts';

type WidgetModule<Name extends string> = Record<Name, ComponentType<WidgetProps>>;

/** Loads a feature's widget when a step first shows it, so the first paint carries only the frame and the guide. */
function lazyWidget<Name extends string>(load: () => Promise<WidgetModule<Name>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * The interactive parts of steps, by widget id. Each feature registers its component here; a step's data names the
 * widget and the generic step view renders it (inside a Suspense boundary). Every id in `widgetIds` must have an
 * entry: a widget added to the steps but not here does not compile.
 */
export const widgets: Record<WidgetId, ComponentType<WidgetProps>> = {
  'ip-ranges-check': lazyWidget(() => import('./ip-ranges/IpRangesCheck.tsx'), 'IpRangesCheck'),
  'credentials-capture': lazyWidget(() => import('./credentials/CredentialsCapture.tsx'), 'CredentialsCapture'),
  verification: lazyWidget(() => import('./verification/VerificationPanel.tsx'), 'VerificationPanel'),
  handoff: lazyWidget(() => import('./handoff/HandoffPanel.tsx'), 'HandoffPanel'),
  lifecycle: lazyWidget(() => import('./lifecycle/LifecyclePanel.tsx'), 'LifecyclePanel'),
};
