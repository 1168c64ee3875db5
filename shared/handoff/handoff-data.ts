import { z } from 'zod';
import { intakeOutcomeSchema } from './intake-contract.ts';
import { portalHealthSchema } from './portal-health.ts';

/**
 * The `handoff` section of a profile: how the credentials reached Arctic Wolf, the receipt, the timeline and the
 * credential lifecycle. Never a secret: the intake bearer token lives in the SecretStore (`<profileId>:intake-token`).
 */
export const handoffChannelSchema = z.enum(['portal', 'intake']);
export type HandoffChannel = z.infer<typeof handoffChannelSchema>;

/** Who did something and when; `by` is the OS user name of whoever clicked. */
const stamp = { at: z.iso.datetime(), by: z.string() };

const timelineKinds = [
  'preflight',
  'proceeded-despite-failure',
  'channel-chosen',
  'portal-outcome',
  'intake-configured',
  'intake-accepted',
  'intake-failed',
  'expiry-set',
  'failure-reported',
  'credentials-refreshed',
  'reminder-sent',
  'secret-forgotten',
] as const;
export const timelineEntrySchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(timelineKinds),
  text: z.string(),
  by: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const preflightRecordSchema = z.object({
  checkedAt: z.iso.datetime(),
  verificationRanAt: z.iso.datetime(),
  ok: z.boolean(),
  /** Ids of the checks that failed (or `token`), so the report can name them. */
  failing: z.array(z.string()),
  /** The admin chose to hand over credentials despite a failing check. */
  proceeded: z.object(stamp).optional(),
});
export type PreflightRecord = z.infer<typeof preflightRecordSchema>;

/**
 * One submission: who, when, which channel, and the outcome's fields (`IntakeOutcome`). `receiptId` is, for the
 * intake, the response `id` or the idempotency key; for the portal, null (the portal gives none).
 */
const submissionRecordSchema = z.object({
  ...stamp,
  channel: handoffChannelSchema,
  ...intakeOutcomeSchema.shape,
});
export type SubmissionRecord = z.infer<typeof submissionRecordSchema>;

const lifecycleRecordSchema = z.object({
  /** Credential Expiry as entered in the portal (YYYY-MM-DD); null = none. */
  credentialExpiry: z.iso.date().nullable().optional(),
  /** When the admin said Arctic Wolf reported the credentials failed: the 12-hour window starts here. */
  failureReportedAt: z.iso.datetime().optional(),
  refreshedAt: z.iso.datetime().optional(),
  /** Keys of notifications already shown, so a restart does not repeat them. */
  notified: z.array(z.string()).optional(),
  secretForgotten: z.object(stamp).optional(),
});
export type LifecycleRecord = z.infer<typeof lifecycleRecordSchema>;

export const handoffSectionSchema = z.object({
  channel: handoffChannelSchema.optional(),
  /** The Account Name used in the portal or sent to the intake. */
  accountName: z.string().max(200).optional(),
  intake: z.object({ url: z.string().max(2000), configuredAt: z.iso.datetime() }).optional(),
  /** One idempotency key per credential set, kept so a retry after a restart reuses it. */
  idempotency: z.object({ credentialSet: z.string(), key: z.uuid(), createdAt: z.iso.datetime() }).optional(),
  preflight: preflightRecordSchema.optional(),
  portalOutcome: z.object({ ...stamp, state: portalHealthSchema }).optional(),
  submission: submissionRecordSchema.optional(),
  /** Set once Arctic Wolf (or the intake) accepted the credentials. Opens "remove API 1.0" and "forget the secret". */
  confirmed: z.object({ at: z.iso.datetime(), channel: handoffChannelSchema }).optional(),
  lifecycle: lifecycleRecordSchema.optional(),
  timeline: z.array(timelineEntrySchema).optional(),
});
export type HandoffSection = z.infer<typeof handoffSectionSchema>;
