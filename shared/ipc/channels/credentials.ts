import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import {
  captureRequestSchema,
  captureResultSchema,
  copyResultSchema,
  credentialFieldSchema,
  credentialStatusSchema,
  storeInfoSchema,
} from '../../credentials/credentials.ts';
import { credentialInputErrorCodes, credentialUseErrorCodes, keyringErrorCodes } from '../../credentials/error-codes.ts';

/**
 * Failures of the secret store itself (keychain locked or absent, safeStorage changed, settings file unwritable), and
 * `store-busy`: another process (a CLI command) kept the data folder or this profile's secrets locked for too long.
 */
const storeErrors = [...keyringErrorCodes, 'secret-store-changed', 'store-unwritable', 'store-busy'] as const;
const profileErrors = ['profile-not-found', ...storeErrors] as const;
const profile = z.object(onProfile);


/**
 * The credentials of the named profile. The secret goes in once (`capture`) and never comes back: every response
 * here is a status without it (a unit test walks the whole contract to prove it).
 */
export const credentialChannels = {
  'credentials.capture': defineChannel({
    request: captureRequestSchema.extend(onProfile),
    response: captureResultSchema,
    errors: [...credentialInputErrorCodes, ...profileErrors],
  }),
  'credentials.status': defineChannel({ request: profile, response: credentialStatusSchema, errors: [...profileErrors] }),
  'credentials.delete': defineChannel({ request: profile, response: credentialStatusSchema, errors: [...profileErrors] }),
  'credentials.forgetSecret': defineChannel({
    request: profile,
    response: credentialStatusSchema,
    errors: ['no-credentials', ...profileErrors],
  }),
  'credentials.copy': defineChannel({
    request: z.object({ ...onProfile, field: credentialFieldSchema }),
    response: copyResultSchema,
    errors: ['clipboard-unavailable', ...credentialUseErrorCodes, ...profileErrors],
  }),
  /** Where this machine keeps secrets: the same for every profile. */
  'credentials.storeInfo': defineChannel({ request: z.void(), response: storeInfoSchema, errors: [...storeErrors] }),
} as const;
