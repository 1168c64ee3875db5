import type { z } from 'zod';
import type { defineEvent } from './define.ts';

/**
 * Pushes from the main process (progress, countdowns). Each feature adds its entries here with `defineEvent`.
 * Light/dark needs no event: the renderer follows the OS through `prefers-color-scheme`.
 */
export const appEvents = {} as const satisfies Record<string, ReturnType<typeof defineEvent<z.ZodType>>>;
