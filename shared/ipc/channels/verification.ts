import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { secretReadErrorCodes } from '../../credentials/error-codes.ts';
import { baseUrlErrorCodes, gatewayChoiceSchema } from '../../verification/gateways.ts';
import { verificationReportSchema } from '../../verification/report.ts';

/** What the panel shows before and after a run: the gateway, the URL it stands for, and the last report. */
export const verificationStateSchema = z.object({
  gateway: gatewayChoiceSchema,
  baseUrl: z.string(),
  latest: verificationReportSchema.nullable(),
  /** The stored keys were replaced after `latest` ran: its verdict is about the old keys. */
  keysReplacedSince: z.boolean(),
});
export type VerificationState = z.infer<typeof verificationStateSchema>;

/**
 * Verification of the active profile's stored credentials. A failed check is not an error: it is a report with
 * `ok: false`. Errors are reserved for "could not run at all" (no credentials, a gateway URL the rules refuse).
 */
export const verificationChannels = {
  'verification.state': defineChannel({ request: z.void(), response: verificationStateSchema, errors: [...baseUrlErrorCodes] }),
  'verification.setGateway': defineChannel({ request: gatewayChoiceSchema, response: verificationStateSchema, errors: [...baseUrlErrorCodes, 'store-unwritable'] }),
  'verification.run': defineChannel({ request: z.void(), response: verificationReportSchema, errors: [...baseUrlErrorCodes, ...secretReadErrorCodes, 'store-unwritable'] }),
} as const;
