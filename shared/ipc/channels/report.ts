import { z } from 'zod';
import { defineChannel } from '../define.ts';

/** The completion report, saved by the main process (HTML, or PDF through Electron's printing). */
export const reportChannels = {
  'report.save': defineChannel({
    request: z.object({ format: z.enum(['html', 'pdf']) }),
    /** `path` null: the admin cancelled the save dialog. */
    response: z.object({ path: z.string().nullable() }),
    errors: ['report-save-unavailable', 'report-save-failed'],
  }),
} as const;
