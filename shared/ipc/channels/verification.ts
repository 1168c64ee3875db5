import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
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
 * Verification of the named profile's stored credentials. A failed check is not an error: it is a report with
 * `ok: false`. Errors are reserved for "could not run at all" (no credentials, a gateway URL the rules refuse).
 */
export const verificationChannels = {
  'verification.state': defineChannel({ request: z.object(onProfile), response: verificationStateSchema, errors: ['profile-not-found', ...baseUrlErrorCodes] }),
  'verification.setGateway': defineChannel({
    request: z.object({ ...onProfile, gateway: gatewayChoiceSchema }),
    response: verificationStateSchema,
    errors: ['profile-not-found', ...baseUrlErrorCodes, 'store-unwritable'],
  }),
  'verification.run': defineChannel({ request: z.object(onProfile), response: verificationReportSchema, errors: ['profile-not-found', ...baseUrlErrorCodes, ...secretReadErrorCodes, 'store-unwritable'] }),
} as const;
