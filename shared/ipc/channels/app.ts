import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { secretStoreInfoSchema } from '../../domain/secret-backend.ts';
import { storeRecoverySchema } from '../../domain/profile.ts';

export const appChannels = {
  'app.info': defineChannel({
    request: z.void(),
    response: z.object({
      version: z.string(),
      platform: z.string(),
      secretStore: secretStoreInfoSchema,
      /** Settings files found corrupt at start-up and moved aside. */
      storeRecoveries: z.array(storeRecoverySchema),
    }),
    errors: [],
  }),
  'app.openExternal': defineChannel({
    /** Only links on the main process's allowlist open; the renderer names a known link id, never a URL. */
    request: z.object({ linkId: z.string().min(1).max(64) }),
    response: z.object({ opened: z.boolean() }),
    errors: ['unknown-link'],
  }),
} as const;
