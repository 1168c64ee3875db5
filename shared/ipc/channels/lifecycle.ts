import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { secretReadErrorCodes } from '../../credentials/error-codes.ts';
import { lifecycleViewSchema } from '../../handoff/lifecycle-view.ts';

/** The credential lifecycle after the hand-off, for the active profile. */
export const lifecycleChannels = {
  'lifecycle.state': defineChannel({ request: z.void(), response: lifecycleViewSchema, errors: [] }),
  'lifecycle.setExpiry': defineChannel({ request: z.object({ date: z.iso.date().nullable() }), response: lifecycleViewSchema, errors: [] }),
  /** "Arctic Wolf reported the credentials failed": starts the 12-hour window. */
  'lifecycle.reportFailure': defineChannel({ request: z.void(), response: lifecycleViewSchema, errors: [] }),
  'lifecycle.markRefreshed': defineChannel({ request: z.void(), response: lifecycleViewSchema, errors: ['refresh-not-captured', 'refresh-not-verified'] }),
  'lifecycle.forgetSecret': defineChannel({ request: z.void(), response: lifecycleViewSchema, errors: ['handoff-not-confirmed', ...secretReadErrorCodes] }),
} as const;
