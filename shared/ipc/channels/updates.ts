import { z } from 'zod';
import { updateStatusSchema } from '../../updates/update-status.ts';
import { defineChannel } from '../define.ts';

/**
 * The app's own updates (app-wide, not per profile). `updates.check` answers when the check has decided (offered,
 * up to date, refused, failed); the download that follows an offer runs in the background and is pushed as
 * `updates.changed`. `updates.restart` installs a downloaded update now; the main process refuses while a
 * verification or hand-off runs, and the renderer offers it only when no secret is on screen either.
 */
export const updatesChannels = {
  'updates.status': defineChannel({ request: z.void(), response: updateStatusSchema, errors: [] }),
  'updates.check': defineChannel({ request: z.void(), response: updateStatusSchema, errors: [] }),
  'updates.restart': defineChannel({ request: z.void(), response: z.object({ restarting: z.literal(true) }), errors: ['update-not-ready', 'update-busy'] }),
} as const;
