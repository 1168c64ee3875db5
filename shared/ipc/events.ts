import type { z } from 'zod';
import { defineEvent } from './define.ts';
import { handoffChangedSchema, intakeProgressSchema } from '../handoff/handoff-view.ts';
import { lifecycleCountdownSchema } from '../handoff/lifecycle-view.ts';
import { progressViewSchema } from '../checklist/progress.ts';
import { clipboardCountdownSchema } from '../credentials/credentials.ts';
import { recheckChangedSchema } from '../verification/monitoring.ts';
import { verificationProgressSchema } from '../verification/report.ts';
import { fleetProgressSchema } from '../fleet/fleet-run.ts';
import { storeRecoverySchema } from '../domain/profile.ts';
import { updateStatusSchema } from '../updates/update-status.ts';

/**
 * Pushes from the main process (progress, countdowns). Each feature adds its entries here with `defineEvent`.
 * Light/dark needs no event: the renderer follows the OS through `prefers-color-scheme`.
 */
export const appEvents = {
  /** An intake submission is sending, or waiting before its next attempt. */
  'handoff.intakeProgress': defineEvent(intakeProgressSchema),
  /** The 12-hour refresh window of a profile: time left (about once a minute while open, and when it ends). */
  'lifecycle.countdown': defineEvent(lifecycleCountdownSchema),
  /** A profile's hand-off record changed: the hand-off and lifecycle widgets reload it. */
  'handoff.changed': defineEvent(handoffChangedSchema),
  /** The checklist progress of a profile changed (a tick, a widget's gate, start over): the step list refreshes. */
  'progress.changed': defineEvent(progressViewSchema),
  /** Seconds until the copied Client Secret is cleared from the clipboard; 0 ends the countdown. */
  'credentials.clipboardCountdown': defineEvent(clipboardCountdownSchema),
  /** A profile's background re-check ran or its settings changed: the lifecycle panel reloads its history. */
  'recheck.changed': defineEvent(recheckChangedSchema),
  /** A verification run got its token or one check's answer (per-row spinners). */
  'verification.progress': defineEvent(verificationProgressSchema),
  /** "Verify all" in the tenants view: one tenant queued, running, backing off, or finished. */
  'tenants.progress': defineEvent(fleetProgressSchema),
  /** A damaged settings or profile file was set aside after start (e.g. on switching to that profile). */
  'store.recovered': defineEvent(storeRecoverySchema),
  /** The app's updater changed state (checking, downloading, an update ready to install, refused). */
  'updates.changed': defineEvent(updateStatusSchema),
} as const satisfies Record<string, ReturnType<typeof defineEvent<z.ZodType>>>;
