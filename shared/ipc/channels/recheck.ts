import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { recheckSettingsSchema, recheckViewSchema } from '../../verification/monitoring.ts';

/** The background re-check of the active profile: its interval, next run, failing streak and run history. */
export const recheckChannels = {
  'recheck.state': defineChannel({ request: z.void(), response: recheckViewSchema, errors: ['store-unwritable'] }),
  'recheck.setSettings': defineChannel({ request: recheckSettingsSchema, response: recheckViewSchema, errors: ['store-unwritable'] }),
} as const;
