import { z } from 'zod';
import { expiryStatusSchema, failureWindowSchema } from '../handoff/lifecycle-view.ts';

/**
 * One row of the tenants view: where a tenant (profile) stands, read from what its profile already saved. No
 * secret: whether credentials are stored and their masked Client ID only.
 */
const handoffStates = ['not-started', 'in-progress', 'failed', 'confirmed'] as const;
export const handoffStateSchema = z.enum(handoffStates);
export type HandoffState = z.infer<typeof handoffStateSchema>;

export const tenantRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  /** Null when the saved progress cannot be read (the checklist says what to do). */
  checklist: z.object({ done: z.number().int().nonnegative(), total: z.number().int().positive(), percent: z.number().int().min(0).max(100) }).nullable(),
  credentials: z.object({ stored: z.boolean(), maskedClientId: z.string().nullable() }),
  /** The gateway a verification would use; null when the saved one is refused by the URL rules. */
  baseUrl: z.string().nullable(),
  lastVerification: z
    .object({
      ok: z.boolean(),
      ranAt: z.iso.datetime(),
      /** `token`, or the ids of the checks that failed. */
      failedChecks: z.array(z.string()),
    })
    .nullable(),
  handoff: handoffStateSchema,
  expiry: expiryStatusSchema.nullable(),
  /** The 12-hour refresh window, when Arctic Wolf reported the credentials failed. */
  window: failureWindowSchema.nullable(),
  /** A part of the profile that could not be read, said plainly; the rest of the row still shows. */
  problem: z.string().nullable(),
});
export type TenantRow = z.infer<typeof tenantRowSchema>;

export const tenantsOverviewSchema = z.object({
  tenants: z.array(tenantRowSchema),
  /** The main process's clock when the rows were read: ages and countdowns are measured from it. */
  readAt: z.iso.datetime(),
});
export type TenantsOverview = z.infer<typeof tenantsOverviewSchema>;
