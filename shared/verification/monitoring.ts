import { z } from 'zod';

/**
 * The background re-check: after the hand-off, the app (and, if the admin schedules it, the CLI) verifies each
 * handed-off profile again on an interval, so a revoked secret, a changed role or a throttled application is noticed
 * before Arctic Wolf's 12-hour recovery window runs out.
 */
export const DEFAULT_RECHECK_HOURS = 6;
/** The intervals the admin picks from, in hours. */
export const recheckIntervals = [1, 3, 6, 12, 24] as const;
const recheckIntervalSchema = z.number().refine((h) => (recheckIntervals as readonly number[]).includes(h), `The interval is one of ${recheckIntervals.join(', ')} hours.`);

/** Who ran a verification: the admin in the app, the background re-check, or the CLI (e.g. from cron). */
export const runSourceSchema = z.enum(['app', 'schedule', 'cli']);
export type RunSource = z.infer<typeof runSourceSchema>;

/**
 * What a run means for monitoring: passed; failed (Arctic Wolf cannot collect with these credentials); over-privileged
 * (collecting works, the role is too broad); rate-limited or unreachable (nothing proved either way: tried again sooner).
 */
const runOutcomes = ['passed', 'failed', 'over-privileged', 'rate-limited', 'unreachable'] as const;
export const runOutcomeSchema = z.enum(runOutcomes);
export type RunOutcome = z.infer<typeof runOutcomeSchema>;

export const historyEntrySchema = z.object({
  ranAt: z.iso.datetime(),
  source: runSourceSchema,
  outcome: runOutcomeSchema,
  /** One line for the admin: what failed, or what was counted. */
  summary: z.string().max(1000),
  /**
   * Set for a one-off run against another gateway than the profile's saved one (the CLI's `verify --base-url`): it is
   * kept in the history as such, and never becomes the profile's latest result, gate or failing streak.
   */
  oneOffBaseUrl: z.string().max(2048).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Saved per profile (in its `verification` section). */
export const recheckRecordSchema = z.object({
  enabled: z.boolean().optional(),
  intervalHours: z.number().int().positive().max(168).optional(),
  /** When the background re-check runs next (jittered; later after a 429). */
  nextAt: z.iso.datetime().optional(),
  /** The current back-off after a 429 or an unreachable gateway; cleared by any clear answer. */
  backoffMs: z.number().int().nonnegative().optional(),
  /** The first failed run of the current failing streak: the 12-hour window counts from here. */
  failingSince: z.iso.datetime().optional(),
  /** The `failingSince` a notification was shown for, so one streak notifies once, even across restarts. */
  notifiedFor: z.iso.datetime().optional(),
  /** Why the last scheduled run could not start (no stored secret, a locked keychain). */
  lastError: z.object({ at: z.iso.datetime(), message: z.string().max(1000) }).optional(),
});
export type RecheckRecord = z.infer<typeof recheckRecordSchema>;

/** What the lifecycle panel and the report show. */
export const recheckViewSchema = z.object({
  profileId: z.string(),
  /** Only handed-off profiles are re-checked. */
  handedOff: z.boolean(),
  enabled: z.boolean(),
  intervalHours: z.number().int().positive(),
  nextAt: z.iso.datetime().nullable(),
  failingSince: z.iso.datetime().nullable(),
  /** failingSince + 12 hours: until when Arctic Wolf can still recover the data once new credentials arrive. */
  recoverUntil: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  /** Newest first. */
  history: z.array(historyEntrySchema),
});
export type RecheckView = z.infer<typeof recheckViewSchema>;

export const recheckSettingsSchema = z.object({ enabled: z.boolean(), intervalHours: recheckIntervalSchema });
export type RecheckSettings = z.infer<typeof recheckSettingsSchema>;

/** Pushed after a profile's re-check record or history changed. */
export const recheckChangedSchema = z.object({ profileId: z.string() });
