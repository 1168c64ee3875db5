import { z } from 'zod';
import { ipRangeVerdictSchema, type IpRangeCheckResult } from './result.ts';

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

const mspAcknowledgementSchema = z.strictObject({
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
 * Whether the step may be marked done: not while a list has an unreadable entry (or the Arctic Wolf list is empty),
 * not while the list would lock out the admin's current address (an acknowledgement cannot fix that: add a range
 * that covers it, or correct the address), and not on a list of only Arctic Wolf ranges unless an MSP
 * acknowledgement was recorded for exactly this list.
 */
export function ipRangesCompletionBlock(result: IpRangeCheckResult, acknowledgement: MspAcknowledgement | undefined): 'invalid' | 'caution' | undefined {
  if (result.verdict === 'invalid') return 'invalid';
  if (result.verdict !== 'caution') return undefined;
  if (result.warnings.some((w) => w.code === 'current-ip-not-covered')) return 'caution';
  return acknowledgementCovers(acknowledgement, result.adminRanges) ? undefined : 'caution';
}

/** The list is a caution only because it holds nothing but Arctic Wolf ranges: the one case an MSP may acknowledge. */
export function isAcknowledgeableCaution(result: IpRangeCheckResult): boolean {
  return result.verdict === 'caution' && result.warnings.every((w) => w.code !== 'current-ip-not-covered');
}

export function acknowledgementCovers(acknowledgement: MspAcknowledgement | undefined, adminRanges: readonly string[]): boolean {
  if (!acknowledgement) return false;
  const acknowledged = [...acknowledgement.adminRanges].sort();
  const current = [...adminRanges].sort();
  return acknowledged.length === current.length && acknowledged.every((range, i) => range === current[i]);
}
