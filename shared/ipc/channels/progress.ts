import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { progressPatchSchema, progressViewSchema } from '../../checklist/progress.ts';
import { itemIdSchema } from '../../checklist/schema.ts';
import { stepIdSchema } from '../../checklist/step-id-schemas.ts';

const errors = ['profile-not-found', 'progress-unreadable'] as const;

export const progressChannels = {
  'progress.get': defineChannel({ request: z.object(onProfile), response: progressViewSchema, errors }),
  /**
   * One small change: tick/untick a sub-action, pick a choice, set an input, go to a step. Saved at once;
   * `progress.changed` follows. Gates are not settable from here: the main-process services decide them.
   */
  'progress.update': defineChannel({
    request: z.object({ ...onProfile, patch: progressPatchSchema }),
    response: progressViewSchema,
    errors: [...errors, 'unknown-checklist-item'],
  }),
  /** Puts a step's suggested value (or a copyable input the admin filled) on the clipboard, from the main process. */
  'progress.copy': defineChannel({
    request: z.object({ ...onProfile, step: stepIdSchema, item: itemIdSchema }),
    response: z.object({ copied: z.literal(true), label: z.string() }),
    errors: ['profile-not-found', 'unknown-checklist-item', 'nothing-to-copy', 'clipboard-unavailable'],
  }),
  /** Clears the profile's checklist progress; with `removeEvidence`, its attached screenshots too. */
  'progress.startOver': defineChannel({
    request: z.object({ ...onProfile, removeEvidence: z.boolean() }),
    response: progressViewSchema,
    errors: ['profile-not-found'],
  }),
} as const;
