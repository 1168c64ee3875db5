import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { recheckSettingsSchema, recheckViewSchema } from '../../verification/monitoring.ts';

/** The background re-check of the named profile: its interval, next run, failing streak and run history. */
export const recheckChannels = {
  'recheck.state': defineChannel({ request: z.object(onProfile), response: recheckViewSchema, errors: ['profile-not-found', 'store-unwritable'] }),
  'recheck.setSettings': defineChannel({ request: recheckSettingsSchema.extend(onProfile), response: recheckViewSchema, errors: ['profile-not-found', 'store-unwritable'] }),
} as const;
