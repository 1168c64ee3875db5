import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { progressPatchSchema, progressViewSchema } from '../../checklist/progress.ts';
import { profileIdSchema } from '../../domain/profile.ts';

/** Omit `profileId` to mean the active profile; the checklist page always names the profile it shows. */
const profile = { profileId: profileIdSchema.optional() };
const errors = ['profile-not-found', 'progress-unreadable'] as const;

export const progressChannels = {
  'progress.get': defineChannel({ request: z.object(profile), response: progressViewSchema, errors }),
  /**
   * One small change: tick/untick a sub-action, pick a choice, set an input, go to a step, or — from a feature
   * widget — report its gate (`{ op: 'gate', widget, satisfied, reason }`). Saved at once; `progress.changed` follows.
   */
  'progress.update': defineChannel({
    request: z.object({ ...profile, patch: progressPatchSchema }),
    response: progressViewSchema,
    errors: [...errors, 'unknown-checklist-item'],
  }),
  /** Clears the profile's checklist progress; with `removeEvidence`, its attached screenshots too. */
  'progress.startOver': defineChannel({
    request: z.object({ ...profile, removeEvidence: z.boolean() }),
    response: progressViewSchema,
    errors: ['profile-not-found'],
  }),
} as const;
