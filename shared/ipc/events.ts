import type { z } from 'zod';
import { defineEvent } from './define.ts';
import { progressViewSchema } from '../checklist/progress.ts';
import { clipboardCountdownSchema } from '../credentials/credentials.ts';
import { verificationProgressSchema } from '../verification/progress.ts';

/**
 * Pushes from the main process (progress, countdowns). Each feature adds its entries here with `defineEvent`.
 * Light/dark needs no event: the renderer follows the OS through `prefers-color-scheme`.
 */
export const appEvents = {
  /** The checklist progress of a profile changed (a tick, a widget's gate, start over): the step list refreshes. */
  'progress.changed': defineEvent(progressViewSchema),
  /** Seconds until the copied Client Secret is cleared from the clipboard; 0 ends the countdown. */
  'credentials.clipboardCountdown': defineEvent(clipboardCountdownSchema),
  /** A verification run got its token or one check's answer (per-row spinners). */
  'verification.progress': defineEvent(verificationProgressSchema),
} as const satisfies Record<string, ReturnType<typeof defineEvent<z.ZodType>>>;
