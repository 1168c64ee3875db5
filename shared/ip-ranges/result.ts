import { z } from 'zod';

/**
 * The outcome of the Admin IP Ranges check, exactly as the CLI's `check-ip-ranges --json` prints it (docs/cli.md):
 * `ok` (warnings or not); `caution` (saving the list would lock people out: every admin range lies inside the
 * Arctic Wolf ranges, or the admin's current address is outside every admin range); `invalid` (an entry in either
 * list could not be read, or the Arctic Wolf list holds no range, so nothing could be compared).
 */
const ipRangeVerdicts = ['ok', 'caution', 'invalid'] as const;
export const ipRangeVerdictSchema = z.enum(ipRangeVerdicts);
export type IpRangeVerdict = z.infer<typeof ipRangeVerdictSchema>;

const ipRangeListIds = ['admin', 'arctic-wolf'] as const;
export const ipRangeListIdSchema = z.enum(ipRangeListIds);
export type IpRangeListId = z.infer<typeof ipRangeListIdSchema>;

/** Warning codes, strongest first: the order the UI and the CLI list them in. */
export const ipRangeWarningCodes = [
  'current-ip-not-covered',
  'only-arctic-wolf',
  'arctic-wolf-not-covered',
  'partial-overlap',
  'duplicate',
  'contained',
  'non-public',
  'very-broad',
] as const;
export const ipRangeWarningCodeSchema = z.enum(ipRangeWarningCodes);
export type IpRangeWarningCode = z.infer<typeof ipRangeWarningCodeSchema>;

/**
 * The warnings that make the verdict `caution`: each says how the saved list would lock someone out. Every other
 * warning is a point to look at and leaves the verdict `ok`.
 */
const cautionWarningCodes = ['current-ip-not-covered', 'only-arctic-wolf'] as const satisfies readonly IpRangeWarningCode[];
export type CautionWarningCode = (typeof cautionWarningCodes)[number];

export function isCautionWarning(code: IpRangeWarningCode): code is CautionWarningCode {
  return (cautionWarningCodes as readonly string[]).includes(code);
}

export const ipRangeErrorSchema = z.strictObject({
  file: ipRangeListIdSchema,
  line: z.number().int().positive(),
  input: z.string(),
  message: z.string(),
});
export type IpRangeError = z.infer<typeof ipRangeErrorSchema>;

export const ipRangeWarningSchema = z.strictObject({
  code: ipRangeWarningCodeSchema,
  /**
   * The canonical CIDR the warning is about: for `current-ip-not-covered` the current address as /32 or /128, for
   * `only-arctic-wolf` the first admin range, for `arctic-wolf-not-covered` the first Arctic Wolf range left out.
   */
  range: z.string(),
  message: z.string(),
});
export type IpRangeWarning = z.infer<typeof ipRangeWarningSchema>;

export const ipRangeCheckResultSchema = z.strictObject({
  verdict: ipRangeVerdictSchema,
  /** The admin's ranges in canonical CIDR, in the order entered, exact duplicates kept once: the list to paste. */
  adminRanges: z.array(z.string()),
  errors: z.array(ipRangeErrorSchema),
  warnings: z.array(ipRangeWarningSchema),
});
export type IpRangeCheckResult = z.infer<typeof ipRangeCheckResultSchema>;
