import { z } from 'zod';
import { gatewayChoiceSchema } from './gateways.ts';
import { verificationReportSchema } from './report.ts';

/** The profile's `verification` section: the chosen gateway and the last run (its time is the report's `ranAt`). */
export const verificationSectionSchema = z.object({
  gateway: gatewayChoiceSchema.optional(),
  latest: verificationReportSchema.optional(),
});
export type VerificationSection = z.infer<typeof verificationSectionSchema>;
