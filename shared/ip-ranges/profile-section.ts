import { z } from 'zod';
import { ipRangeVerdictSchema } from './result.ts';

/** Large enough for 10,000 IPv6 ranges with comments; small enough that a stray paste cannot bloat the profile. */
export const MAX_LIST_CHARS = 1_000_000;

/**
 * What a managed service provider types to save a list that holds only Arctic Wolf addresses. Typed, not ticked:
 * Arctic Wolf's caution says such a list shuts every other account out of Mimecast.
 */
export const MSP_ACKNOWLEDGEMENT_PHRASE = 'I am a managed service provider';

/** Case and spacing do not matter; the words do. */
export function isMspAcknowledgement(text: string): boolean {
  const normalise = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
  return normalise(text) === normalise(MSP_ACKNOWLEDGEMENT_PHRASE);
}

export const mspAcknowledgementSchema = z.strictObject({
  /** Exactly what the admin typed. */
  text: z.string().max(200),
  at: z.iso.datetime(),
  /** The canonical list the acknowledgement was given for: a changed list needs a new one. */
  adminRanges: z.array(z.string()),
});
export type MspAcknowledgement = z.infer<typeof mspAcknowledgementSchema>;

/** The profile's `ipRanges` section: the lists as the admin wrote them (nothing is lost to parsing) and the verdict. */
export const ipRangesSectionSchema = z.strictObject({
  adminText: z.string().max(MAX_LIST_CHARS),
  arcticWolfText: z.string().max(MAX_LIST_CHARS),
  /** The admin's current public address as typed; may be empty. */
  currentIp: z.string().max(100),
  lastVerdict: ipRangeVerdictSchema,
  checkedAt: z.iso.datetime(),
  acknowledgement: mspAcknowledgementSchema.optional(),
});
export type IpRangesSection = z.infer<typeof ipRangesSectionSchema>;

/**
 * Whether the step may be marked done: not while a list has an unreadable entry, and not on `caution` unless an
 * MSP acknowledgement was recorded for exactly this list.
 */
export function ipRangesCompletionBlock(
  verdict: z.infer<typeof ipRangeVerdictSchema>,
  adminRanges: readonly string[],
  acknowledgement: MspAcknowledgement | undefined,
): 'invalid' | 'caution' | undefined {
  if (verdict === 'invalid') return 'invalid';
  if (verdict === 'caution' && !acknowledgementCovers(acknowledgement, adminRanges)) return 'caution';
  return undefined;
}

export function acknowledgementCovers(acknowledgement: MspAcknowledgement | undefined, adminRanges: readonly string[]): boolean {
  if (!acknowledgement) return false;
  const acknowledged = [...acknowledgement.adminRanges].sort();
  const current = [...adminRanges].sort();
  return acknowledged.length === current.length && acknowledged.every((range, i) => range === current[i]);
}
