import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';

/** The completion report of the named profile, saved by the main process (HTML, or PDF through Electron's printing). */
export const reportChannels = {
  'report.save': defineChannel({
    request: z.object({ ...onProfile, format: z.enum(['html', 'pdf']) }),
    /** `path` null: the admin cancelled the save dialog. */
    response: z.object({ path: z.string().nullable() }),
    errors: ['profile-not-found', 'report-save-unavailable', 'report-save-failed'],
  }),
} as const;
