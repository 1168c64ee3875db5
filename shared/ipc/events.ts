import { z } from 'zod';
import { defineEvent } from './define.ts';

/** Pushes from the main process. Each feature adds its own entries here. */
export const appEvents = {
  /** The OS switched between light and dark, or high contrast. */
  'app.themeChanged': defineEvent(z.object({ dark: z.boolean() })),
} as const;
