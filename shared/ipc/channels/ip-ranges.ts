import { z } from 'zod';
import { defineChannel, onProfile } from '../define.ts';
import { ipRangeCheckResultSchema } from '../../ip-ranges/result.ts';
import { ipRangesSectionSchema, MAX_LIST_CHARS } from '../../ip-ranges/profile-section.ts';


/** The saved lists, the check the main process ran on them, and whether the step may be completed. */
export const ipRangesViewSchema = z.object({
  section: ipRangesSectionSchema.nullable(),
  result: ipRangeCheckResultSchema.nullable(),
  /** Why the typed current IP was not used (it is not one address), else null. */
  currentIpError: z.string().nullable(),
  /** What keeps the step from being marked done, else null. */
  blocked: z.enum(['invalid', 'caution']).nullable(),
  /** A recorded MSP acknowledgement covers exactly the current list. */
  acknowledged: z.boolean(),
});
export type IpRangesView = z.infer<typeof ipRangesViewSchema>;

export const ipRangesChannels = {
  'ipRanges.load': defineChannel({ request: z.object(onProfile), response: ipRangesViewSchema, errors: ['profile-not-found'] }),
  /** Saves both lists and the current IP as typed, runs the check here in the main process and reports the step's gate. */
  'ipRanges.save': defineChannel({
    request: z.object({
      ...onProfile,
      adminText: z.string().max(MAX_LIST_CHARS),
      arcticWolfText: z.string().max(MAX_LIST_CHARS),
      currentIp: z.string().max(100),
    }),
    response: ipRangesViewSchema,
    // The lists are saved first; progress-unreadable means only the step's gate could not be updated.
    errors: ['profile-not-found', 'progress-unreadable'],
  }),
  /** Records the typed MSP acknowledgement for the saved list when its verdict is `caution`. */
  'ipRanges.acknowledge': defineChannel({
    request: z.object({ ...onProfile, text: z.string().max(200) }),
    response: ipRangesViewSchema,
    errors: ['profile-not-found', 'nothing-to-acknowledge', 'acknowledgement-mismatch', 'progress-unreadable'],
  }),
  /**
   * Puts the saved list's canonical ranges on the clipboard (from the main process: the renderer has no clipboard
   * permission). Refused (`list-not-copyable`) while the list is blocked: invalid, or a caution not acknowledged.
   */
  'ipRanges.copyAdminRanges': defineChannel({
    request: z.object(onProfile),
    response: z.object({ copied: z.number().int().nonnegative() }),
    errors: ['profile-not-found', 'clipboard-unavailable', 'nothing-to-copy', 'list-not-copyable'],
  }),
} as const;
