/**
 * The checklist's steps, in order. Other features link to a step by id (a failed permission check links to
 * `create-role`), so ids are stable; titles and content live in the step definitions.
 *
 * Plain data on purpose: the renderer's first screen imports this, and zod stays out of that chunk. The schemas
 * (`stepIdSchema`, `widgetIdSchema`) live in `step-id-schemas.ts`.
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
export type StepId = (typeof stepIds)[number];

/**
 * Interactive parts a step can embed, each rendered by its feature's component (renderer/features/widgets.tsx).
 * The step data names the widget; the feature decides what it shows.
 */
export const widgetIds = ['credentials-capture', 'verification', 'ip-ranges-check', 'handoff', 'lifecycle'] as const;
export type WidgetId = (typeof widgetIds)[number];
