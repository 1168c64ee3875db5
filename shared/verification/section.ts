import { z } from 'zod';
import { gatewayChoiceSchema } from './gateways.ts';
import { historyEntrySchema, recheckRecordSchema } from './monitoring.ts';
import { verificationReportSchema } from './report.ts';

/**
 * The profile's `verification` section: the chosen gateway, the last run (its time is the report's `ranAt`), the
 * history of runs (app, background re-check, CLI) and the background re-check's settings and state.
 */
export const verificationSectionSchema = z.object({
  gateway: gatewayChoiceSchema.optional(),
  latest: verificationReportSchema.optional(),
  history: z.array(historyEntrySchema).optional(),
  recheck: recheckRecordSchema.optional(),
});
export type VerificationSection = z.infer<typeof verificationSectionSchema>;
