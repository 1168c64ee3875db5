import { z } from 'zod';
import { nameFormattingProblem } from './name-text.ts';

/** A profile is one Mimecast tenant; an MSP keeps one per customer. */
export const profileIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A profile id is lower-case letters, digits and dashes.');

const PROFILE_NAME_MAX = 64;

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the profile a name, for example the customer or tenant it is for.')
  .max(PROFILE_NAME_MAX, `Keep the profile name to ${PROFILE_NAME_MAX} characters or fewer.`)
  .superRefine((name, context) => {
    const problem = nameFormattingProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const profileSummarySchema = z.object({
  id: profileIdSchema,
  name: z.string(),
  createdAt: z.iso.datetime(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const profilesStateSchema = z.object({
  activeId: profileIdSchema,
  profiles: z.array(profileSummarySchema).min(1),
});
export type ProfilesState = z.infer<typeof profilesStateSchema>;

/** A settings file that could not be read was moved aside, not replaced silently: the UI tells the admin. */
export const storeRecoverySchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  reason: z.string(),
  at: z.iso.datetime(),
  /** What could still be read from it and was carried over into the fresh file, in words ("checklist progress"). */
  recovered: z.array(z.string()).optional(),
});
export type StoreRecovery = z.infer<typeof storeRecoverySchema>;
