import { z } from 'zod';
import { stepIdSchema } from '../checklist/step-id-schemas.ts';

/** The four probes, in the order the CLI contract lists them. */
export const checkIds = ['audit-events', 'attachment-protection', 'impersonation-protection', 'url-protection'] as const;
export const checkIdSchema = z.enum(checkIds);
export type CheckId = z.infer<typeof checkIdSchema>;

export const tokenResultSchema = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable(),
  code: z.string().nullable(),
  message: z.string(),
});

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
  /** The checklist step where the fix is made (UI link); not part of the CLI JSON. */
  fixStep: stepIdSchema.optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** One verification run. The CLI's `verify --json` prints this without `ranAt`/`fixStep`. */
export const verificationReportSchema = z.object({
  ok: z.boolean(),
  baseUrl: z.string(),
  token: tokenResultSchema,
  /** Empty when the token failed; otherwise the four ids in `checkIds` order. */
  checks: z.array(checkResultSchema),
  durationMs: z.number().int().nonnegative(),
  ranAt: z.iso.datetime(),
});
export type VerificationReport = z.infer<typeof verificationReportSchema>;
