import { z } from 'zod';
import { defineChannel } from '../define.ts';
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


/**
 * The credentials of the active profile. The secret goes in once (`capture`) and never comes back: every response
 * here is a status without it (a unit test walks the whole contract to prove it).
 */
export const credentialChannels = {
  'credentials.capture': defineChannel({
    request: captureRequestSchema,
    response: captureResultSchema,
    errors: [...credentialInputErrorCodes, ...storeErrors],
  }),
  'credentials.status': defineChannel({ request: z.void(), response: credentialStatusSchema, errors: [...storeErrors] }),
  'credentials.delete': defineChannel({ request: z.void(), response: credentialStatusSchema, errors: [...storeErrors] }),
  'credentials.forgetSecret': defineChannel({
    request: z.void(),
    response: credentialStatusSchema,
    errors: ['no-credentials', ...storeErrors],
  }),
  'credentials.copy': defineChannel({
    request: z.object({ field: credentialFieldSchema }),
    response: copyResultSchema,
    errors: ['clipboard-unavailable', ...credentialUseErrorCodes, ...storeErrors],
  }),
  'credentials.storeInfo': defineChannel({ request: z.void(), response: storeInfoSchema, errors: [...storeErrors] }),
} as const;
