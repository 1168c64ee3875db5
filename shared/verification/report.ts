import { z } from 'zod';
import { stepIdSchema } from '../checklist/step-id-schemas.ts';
import { checkIds, LEAST_PRIVILEGE_CHECK, leastPrivilegeProbeIds, type CheckId, type LeastPrivilegeProbeId } from './checks.ts';

export { checkIds, type CheckId, type LeastPrivilegeProbeId };
/** A required probe's id, in the catalogue's order (the order the CLI contract lists them). */
const checkIdSchema = z.enum(checkIds);
const leastPrivilegeProbeIdSchema = z.enum(leastPrivilegeProbeIds);

const tokenResultSchema = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable(),
  code: z.string().nullable(),
  message: z.string(),
});

/** How far back each log probe counts records (the window ends at the run's time). */
export const EVENTS_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * A log's recent records, read from the same probe call that proved the permission: `count` is Mimecast's pagination
 * total where it gives one, else the records on the page, with `more` when a further page exists.
 */
export const recentEventsSchema = z.object({
  count: z.number().int().nonnegative(),
  more: z.boolean(),
  /** The newest record's time, when a record carried one. */
  newest: z.iso.datetime().nullable(),
  /** Start of the window counted (the window ends at the run's time). */
  since: z.iso.datetime(),
});
export type RecentEvents = z.infer<typeof recentEventsSchema>;

/**
 * Why a log was refused, where the answer tells: the role's permission, the application's Products, the account's
 * licence for the module — or, when Mimecast's answer cannot tell them apart, permission or licence.
 */
const refusalCauses = ['permission', 'products', 'licence', 'permission-or-licence'] as const;
export type RefusalCause = (typeof refusalCauses)[number];

export const checkResultSchema = z.object({
  id: checkIdSchema,
  /** Console wording, e.g. "Account Menu > Logs > Read" (the list is in checks.ts). */
  permission: z.string(),
  endpoint: z.string(),
  ok: z.boolean(),
  status: z.number().int().nullable(),
  code: z.string().nullable(),
  message: z.string(),
  hint: z.string(),
  /** Recent records of the log; null when the check failed (and in reports saved before events were counted). */
  events: recentEventsSchema.nullable().default(null),
  /** For a refused log: why (UI and report; not part of the CLI JSON). */
  cause: z.enum(refusalCauses).optional(),
  /** The checklist step where the fix is made (UI link); not part of the CLI JSON. */
  fixStep: stepIdSchema.optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** One endpoint the role must NOT be able to read, and what Mimecast answered. */
export const leastPrivilegeProbeSchema = z.object({
  id: leastPrivilegeProbeIdSchema,
  endpoint: z.string(),
  /** The permission that would open it (console wording): the one to remove when it is not refused. */
  permission: z.string(),
  /** 403, 401 or a permission/product `fail[]`: the role cannot read it, as it should be. */
  refused: z.boolean(),
  status: z.number().int().nullable(),
  /** allowed: Mimecast answered with data · unproven: no clear answer (network, 404, 5xx, 429). UI and report only. */
  outcome: z.enum(['refused', 'allowed', 'unproven']),
  message: z.string(),
});
export type LeastPrivilegeProbe = z.infer<typeof leastPrivilegeProbeSchema>;

export const leastPrivilegeSchema = z.object({
  /** Every probe was refused. */
  ok: z.boolean(),
  probes: z.array(leastPrivilegeProbeSchema),
});
export type LeastPrivilege = z.infer<typeof leastPrivilegeSchema>;

/** Something the admin should know that is not a failure (a quiet log), or that explains one (over-privileged). */
export const verificationWarningSchema = z.object({
  code: z.string(),
  /** The check it is about (`no-events`), else null. */
  check: checkIdSchema.nullable(),
  message: z.string(),
});
export type VerificationWarning = z.infer<typeof verificationWarningSchema>;

/** One verification run. The CLI's `verify --json` prints this without `ranAt`/`fixStep`. */
export const verificationReportSchema = z.object({
  ok: z.boolean(),
  baseUrl: z.string(),
  token: tokenResultSchema,
  /** Empty when the token failed; otherwise one row per required probe, in `checkIds` order. */
  checks: z.array(checkResultSchema),
  /** Null when the token failed (nothing was probed). */
  leastPrivilege: leastPrivilegeSchema.nullable().default(null),
  warnings: z.array(verificationWarningSchema).default([]),
  durationMs: z.number().int().nonnegative(),
  ranAt: z.iso.datetime(),
});
export type VerificationReport = z.infer<typeof verificationReportSchema>;

/**
 * What a run failed, by id: `token` when Mimecast issued none, else each failing permission, and `least-privilege`
 * when the role can read more than it should (or that could not be proved), so a failed run always says why. The
 * CLI's `failedChecks` and the pre-flight's `failing`.
 */
export function failedChecks(report: VerificationReport): string[] {
  if (!report.token.ok) return ['token'];
  const failed: string[] = report.checks.filter((check) => !check.ok).map((check) => check.id);
  return report.leastPrivilege?.ok === false ? [...failed, LEAST_PRIVILEGE_CHECK] : failed;
}

/** Pushed while a run is under way, so each row can stop its spinner the moment its own answer is in. */
export const verificationProgressSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), profileId: z.string(), baseUrl: z.string() }),
  z.object({ kind: z.literal('token'), profileId: z.string(), result: tokenResultSchema }),
  z.object({ kind: z.literal('check'), profileId: z.string(), result: checkResultSchema }),
]);
export type VerificationProgress = z.infer<typeof verificationProgressSchema>;
