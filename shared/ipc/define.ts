import type { z } from 'zod';
import { profileIdSchema } from '../domain/profile.ts';

/**
 * One IPC operation: what the renderer may send, what the main process answers, and the error codes the handler
 * may return besides the common ones. Requests without arguments use `z.void()`.
 */
export interface ChannelSpec<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
  Codes extends readonly string[] = readonly string[],
> {
  readonly request: Req;
  readonly response: Res;
  readonly errors: Codes;
}

export function defineChannel<Req extends z.ZodType, Res extends z.ZodType, const Codes extends readonly string[]>(
  spec: ChannelSpec<Req, Res, Codes>,
): ChannelSpec<Req, Res, Codes> {
  return spec;
}

/** A push from the main process to the renderer (progress, countdowns). Payload validated on both sides. */
export function defineEvent<Payload extends z.ZodType>(payload: Payload): { readonly payload: Payload } {
  return { payload };
}

/**
 * The field of every request that acts on a profile: the renderer names the profile it shows, so a request sent for one
 * profile is never applied to another the admin switched to meanwhile. An id that names no profile is refused with
 * `profile-not-found` (listed in each such channel's errors).
 */
export const onProfile = { profileId: profileIdSchema };
