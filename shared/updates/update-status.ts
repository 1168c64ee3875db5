import { z } from 'zod';

/**
 * What the updater is doing, as `updates.status` and `updates.check` answer it and the About panel shows it.
 * `refused`: a feed was reached but what it offered failed a check (signature, version, file hash); `reason` says which.
 */
const updateStateSchema = z.enum(['disabled-by-policy', 'not-configured', 'idle', 'checking', 'up-to-date', 'available', 'downloading', 'ready', 'refused', 'error']);
export type UpdateState = z.infer<typeof updateStateSchema>;

export const updateChannelSchema = z.enum(['stable', 'beta']);
export type UpdateChannel = z.infer<typeof updateChannelSchema>;

export const updateStatusSchema = z.object({
  state: updateStateSchema,
  /** The version offered (available, downloading, ready) or refused; null otherwise. */
  version: z.string().nullable(),
  /** Why updates are off, refused or failed, in words for the admin; null when there is nothing to explain. */
  reason: z.string().nullable(),
  /** A machine policy (or an MSI installation) decides about updates: the panel says "Managed by your organisation". */
  managed: z.boolean(),
  channel: updateChannelSchema,
  /** When the last check finished (ISO), or null before the first one. */
  checkedAt: z.iso.datetime().nullable(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
