import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { secretReadErrorCodes } from '../../credentials/error-codes.ts';
import { lifecycleViewSchema } from '../../handoff/lifecycle-view.ts';

const profile = z.object(onProfile);

/** The credential lifecycle after the hand-off, for the named profile. */
export const lifecycleChannels = {
  'lifecycle.state': defineChannel({ request: profile, response: lifecycleViewSchema, errors: ['profile-not-found'] }),
  'lifecycle.setExpiry': defineChannel({ request: z.object({ ...onProfile, date: z.iso.date().nullable() }), response: lifecycleViewSchema, errors: ['profile-not-found'] }),
  /** "Arctic Wolf reported the credentials failed": starts the 12-hour window. */
  'lifecycle.reportFailure': defineChannel({ request: profile, response: lifecycleViewSchema, errors: ['profile-not-found'] }),
  'lifecycle.markRefreshed': defineChannel({ request: profile, response: lifecycleViewSchema, errors: ['profile-not-found', 'refresh-not-captured', 'refresh-not-verified'] }),
  'lifecycle.forgetSecret': defineChannel({ request: profile, response: lifecycleViewSchema, errors: ['profile-not-found', 'handoff-not-confirmed', ...secretReadErrorCodes] }),
} as const;
