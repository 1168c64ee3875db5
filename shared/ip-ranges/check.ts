import type { AddressRange } from './address-range.ts';
import { buildIntervalSet, type IntervalSet } from './interval-set.ts';
import { parseList, type ParsedList } from './parse-entries.ts';
import {
  ipRangeWarningCodes,
  isCautionWarning,
  type IpRangeCheckResult,
  type IpRangeError,
  type IpRangeListId,
  type IpRangeVerdict,
  type IpRangeWarning,
} from './result.ts';
import {
  arcticWolfNotCoveredWarning,
  currentIpWarning,
  nonPublicWarning,
  onlyArcticWolfWarning,
  partialOverlapWarning,
  redundancyWarnings,
  veryBroadWarning,
} from './warnings.ts';

export interface IpRangeCheckInput {
  /** The ranges the admin intends to enter in Mimecast's Admin IP Ranges, as typed or pasted. */
  adminText: string;
  /** Arctic Wolf's ranges from the Unified Portal (Resources > Allowlist Requirements), as pasted or imported. */
  arcticWolfText: string;
  /** The admin's current public address, already parsed (see `parseCurrentIp`). */
  currentIp?: AddressRange;
}

/**
 * The Admin IP Ranges check. Arctic Wolf warns that a list holding only Arctic Wolf addresses locks every other
 * account out, and a list that leaves out the admin's own address locks the admin out; either makes the verdict
 * `caution`. An entry that cannot be read in either list, or an Arctic Wolf list with no range in it (nothing to
 * compare with, so the rule could not be applied), makes it `invalid`. The other warnings never change the verdict.
 */
export function checkIpRanges(input: IpRangeCheckInput): IpRangeCheckResult {
  const admin = parseList(input.adminText);
  const arcticWolf = parseList(input.arcticWolfText);
  const errors = [...listErrors('admin', admin), ...listErrors('arctic-wolf', arcticWolf)];
  if (arcticWolf.entries.length === 0 && arcticWolf.errors.length === 0) errors.push(emptyArcticWolfError(input.arcticWolfText));

  const arcticWolfSet = buildIntervalSet(arcticWolf.entries.map((e) => e.range));
  const adminRanges = [...new Set(admin.entries.map((e) => e.range.cidr))];
  const warnings = collectWarnings(admin, arcticWolf, arcticWolfSet, input.currentIp);

  const verdict: IpRangeVerdict = errors.length > 0 ? 'invalid' : warnings.some((w) => isCautionWarning(w.code)) ? 'caution' : 'ok';
  return { verdict, adminRanges, errors, warnings };
}

function listErrors(file: IpRangeListId, list: ParsedList): IpRangeError[] {
  return list.errors.map(({ line, input, message }) => ({ file, line, input, message }));
}

/**
 * Points at the last line, where the next range would go (a list of only comments still has lines). A line break at
 * the end closes the last line; it does not start one more (an empty two-line file is line 2, not 3).
 */
function emptyArcticWolfError(text: string): IpRangeError {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return {
    file: 'arctic-wolf',
    line: Math.max(1, lines.length),
    input: '',
    message:
      'The Arctic Wolf list holds no range, so there is nothing to compare your list with. Paste the ranges from the Arctic Wolf Unified Portal (Resources > Allowlist Requirements, the section for your product), or import the file you saved.',
  };
}

function collectWarnings(admin: ParsedList, arcticWolf: ParsedList, arcticWolfSet: IntervalSet, currentIp: AddressRange | undefined): IpRangeWarning[] {
  const warnings: IpRangeWarning[] = [];
  const adminSet = buildIntervalSet(admin.entries.map((e) => e.range));
  if (currentIp) {
    const warning = currentIpWarning(currentIp, adminSet, admin.entries.length);
    if (warning) warnings.push(warning);
  }
  const onlyArcticWolf = onlyArcticWolfWarning(admin.entries, arcticWolfSet);
  if (onlyArcticWolf) warnings.push(onlyArcticWolf);
  const notCovered = arcticWolfNotCoveredWarning(arcticWolf.entries, adminSet, admin.entries.length);
  if (notCovered) warnings.push(notCovered);

  const seen = new Set<string>();
  const perRange: IpRangeWarning[] = [];
  for (const { range } of admin.entries) {
    if (seen.has(range.cidr)) continue;
    seen.add(range.cidr);
    for (const warning of [partialOverlapWarning(range, arcticWolfSet), nonPublicWarning(range), veryBroadWarning(range)]) {
      if (warning) perRange.push(warning);
    }
  }
  warnings.push(...perRange, ...redundancyWarnings(admin.entries));
  return sortByStrength(warnings);
}

/** Strongest first; within one code, the order the ranges were entered (the sort is stable). */
function sortByStrength(warnings: IpRangeWarning[]): IpRangeWarning[] {
  return [...warnings].sort((a, b) => ipRangeWarningCodes.indexOf(a.code) - ipRangeWarningCodes.indexOf(b.code));
}
