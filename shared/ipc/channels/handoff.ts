import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { secretReadErrorCodes } from '../../credentials/error-codes.ts';
import { handoffChannelSchema } from '../../handoff/handoff-data.ts';
import { handoffViewSchema, intakeConfigSchema, portalGuideSchema, preflightViewSchema } from '../../handoff/handoff-view.ts';
import { intakeOutcomeSchema } from '../../handoff/intake-contract.ts';
import { portalHealthSchema } from '../../handoff/portal-health.ts';
import { baseUrlErrorCodes } from '../../verification/gateways.ts';

const intakeUrlErrors = ['intake-url-invalid', 'intake-url-insecure'] as const;
const INTAKE_TOKEN_MAX = 4096;

/**
 * Handing the credentials to Arctic Wolf, for the active profile. The intake token goes in once
 * (`configureIntake`) and never comes back: responses say only whether one is stored.
 */
export const handoffChannels = {
  'handoff.state': defineChannel({ request: z.void(), response: handoffViewSchema, errors: [] }),
  /** Shows the latest verification; runs it again when there is none or it is older than an hour (or `rerun`). */
  'handoff.preflight': defineChannel({
    request: z.object({ rerun: z.boolean().optional() }),
    response: preflightViewSchema,
    errors: [...secretReadErrorCodes, ...baseUrlErrorCodes],
  }),
  /** The admin hands over despite a failing check; recorded with time and OS user. */
  'handoff.proceedAnyway': defineChannel({ request: z.void(), response: handoffViewSchema, errors: ['preflight-required'] }),
  'handoff.chooseChannel': defineChannel({ request: z.object({ channel: handoffChannelSchema }), response: handoffViewSchema, errors: [] }),
  'handoff.setAccountName': defineChannel({
    request: z.object({ accountName: z.string().max(200) }),
    response: handoffViewSchema,
    errors: ['invalid-account-name'],
  }),
  'handoff.portalGuide': defineChannel({ request: z.void(), response: portalGuideSchema, errors: [] }),
  /** The health state the portal showed after "Test and submit credentials". */
  'handoff.recordOutcome': defineChannel({ request: z.object({ state: portalHealthSchema }), response: handoffViewSchema, errors: [] }),
  'handoff.intakeConfig': defineChannel({ request: z.void(), response: intakeConfigSchema, errors: [] }),
  'handoff.configureIntake': defineChannel({
    request: z.object({
      url: z.string().min(1).max(2000),
      accountName: z.string().max(200).optional(),
      /** Sent once, stored in the SecretStore; omit to keep the stored one. */
      token: z.string().max(INTAKE_TOKEN_MAX).optional(),
    }),
    response: intakeConfigSchema,
    errors: [...intakeUrlErrors, 'intake-token-missing', ...secretReadErrorCodes],
  }),
  /** Submits to the configured intake; progress arrives as `handoff.intakeProgress`. A refusal is `ok: false`, not an error. */
  'handoff.submitIntake': defineChannel({
    request: z.void(),
    response: intakeOutcomeSchema,
    errors: ['preflight-required', 'preflight-failed', 'intake-not-configured', 'intake-token-missing', ...intakeUrlErrors, ...secretReadErrorCodes],
  }),
} as const;
