import { z } from 'zod';

/** What the lifecycle widget shows: expiry, the 12-hour window, the refresh guide, the forget-secret offer. */
export const expiryStatusSchema = z.object({
  date: z.iso.date(),
  /** Whole days until the expiry date (negative once past). */
  daysLeft: z.number().int(),
  state: z.enum(['ok', 'reminder', 'expired']),
  /** From when the app reminds the admin. */
  remindFrom: z.iso.datetime(),
});
export type ExpiryStatus = z.infer<typeof expiryStatusSchema>;

export const failureWindowSchema = z.object({
  startedAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  remainingMs: z.number().int().nonnegative(),
  /** open: new credentials still in time · closed: 12 hours passed · refreshed: new credentials saved. */
  state: z.enum(['open', 'closed', 'refreshed']),
  refreshedAt: z.iso.datetime().optional(),
});
export type FailureWindow = z.infer<typeof failureWindowSchema>;

export const lifecycleViewSchema = z.object({
  profileId: z.string(),
  credentialExpiry: z.iso.date().nullable(),
  expiry: expiryStatusSchema.nullable(),
  window: failureWindowSchema.nullable(),
  refreshSteps: z.array(z.object({ id: z.string(), where: z.enum(['mimecast', 'app', 'arctic-wolf']), text: z.string() })),
  /** The hand-off is confirmed: "remove API 1.0" may open, and forgetting the secret is offered. */
  confirmed: z.boolean(),
  forgetSecret: z.object({
    offered: z.boolean(),
    forgottenAt: z.iso.datetime().nullable(),
    by: z.string().nullable(),
  }),
});
export type LifecycleView = z.infer<typeof lifecycleViewSchema>;

/** Pushed by the scheduler while a 12-hour window runs (and once when it ends). */
export const lifecycleCountdownSchema = z.object({
  profileId: z.string(),
  endsAt: z.iso.datetime(),
  remainingMs: z.number().int().nonnegative(),
  state: z.enum(['open', 'closed', 'refreshed']),
});
export type LifecycleCountdown = z.infer<typeof lifecycleCountdownSchema>;
