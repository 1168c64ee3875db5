import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { secretReadErrorCodes } from '../../credentials/error-codes.ts';
import { handoffChannelSchema } from '../../handoff/handoff-data.ts';
import { handoffViewSchema, intakeConfigSchema, portalGuideSchema, preflightViewSchema } from '../../handoff/handoff-view.ts';
import { intakeOutcomeSchema } from '../../handoff/intake-contract.ts';
import { portalHealthSchema } from '../../handoff/portal-health.ts';
import { baseUrlErrorCodes } from '../../verification/gateways.ts';

const intakeUrlErrors = ['intake-url-invalid', 'intake-url-insecure'] as const;
const INTAKE_TOKEN_MAX = 4096;
const profile = z.object(onProfile);

/**
 * Handing the credentials to Arctic Wolf, for the named profile. The intake token goes in once
 * (`configureIntake`) and never comes back: responses say only whether one is stored.
 */
export const handoffChannels = {
  'handoff.state': defineChannel({ request: profile, response: handoffViewSchema, errors: ['profile-not-found'] }),
  /** Shows the latest verification; runs it again when there is none or it is older than an hour (or `rerun`). */
  'handoff.preflight': defineChannel({
    request: z.object({ ...onProfile, rerun: z.boolean().optional() }),
    response: preflightViewSchema,
    errors: ['profile-not-found', ...secretReadErrorCodes, ...baseUrlErrorCodes],
  }),
  /** The admin hands over despite a failing check; recorded with time and OS user. */
  'handoff.proceedAnyway': defineChannel({ request: profile, response: handoffViewSchema, errors: ['profile-not-found', 'preflight-required'] }),
  'handoff.chooseChannel': defineChannel({ request: z.object({ ...onProfile, channel: handoffChannelSchema }), response: handoffViewSchema, errors: ['profile-not-found'] }),
  'handoff.setAccountName': defineChannel({
    request: z.object({ ...onProfile, accountName: z.string().max(200) }),
    response: handoffViewSchema,
    errors: ['profile-not-found', 'invalid-account-name'],
  }),
  'handoff.portalGuide': defineChannel({ request: profile, response: portalGuideSchema, errors: ['profile-not-found'] }),
  /** The health state the portal showed after "Test and submit credentials". */
  'handoff.recordOutcome': defineChannel({ request: z.object({ ...onProfile, state: portalHealthSchema }), response: handoffViewSchema, errors: ['profile-not-found'] }),
  'handoff.intakeConfig': defineChannel({ request: profile, response: intakeConfigSchema, errors: ['profile-not-found'] }),
  'handoff.configureIntake': defineChannel({
    request: z.object({
      ...onProfile,
      url: z.string().min(1).max(2000),
      accountName: z.string().max(200).optional(),
      /** Sent once, stored in the SecretStore; omit to keep the stored one. */
      token: z.string().max(INTAKE_TOKEN_MAX).optional(),
    }),
    response: intakeConfigSchema,
    errors: ['profile-not-found', ...intakeUrlErrors, 'intake-token-missing', ...secretReadErrorCodes],
  }),
  /** Submits to the configured intake; progress arrives as `handoff.intakeProgress`. A refusal is `ok: false`, not an error. */
  'handoff.submitIntake': defineChannel({
    request: profile,
    response: intakeOutcomeSchema,
    errors: ['profile-not-found', 'preflight-required', 'preflight-failed', 'intake-not-configured', 'intake-token-missing', ...intakeUrlErrors, ...secretReadErrorCodes],
  }),
} as const;
