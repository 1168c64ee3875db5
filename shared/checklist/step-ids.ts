import { z } from 'zod';

/**
 * The checklist's steps, in order. Other features link to a step by id (a failed permission check links to
 * `create-role`), so ids are stable; titles and content live in the step definitions.
 */
export const stepIds = [
  'before-you-start',
  'create-role',
  'create-application',
  'notifications',
  'generate-keys',
  'capture-keys',
  'admin-ip-ranges',
  'handoff',
  'remove-api-1',
] as const;
export const stepIdSchema = z.enum(stepIds);
export type StepId = z.infer<typeof stepIdSchema>;

/**
 * Interactive parts a step can embed, each rendered by its feature's component (renderer/features/widgets.tsx).
 * The step data names the widget; the feature decides what it shows.
 */
export const widgetIds = ['credentials-capture', 'verification', 'ip-ranges-check', 'handoff', 'lifecycle'] as const;
export const widgetIdSchema = z.enum(widgetIds);
export type WidgetId = z.infer<typeof widgetIdSchema>;
