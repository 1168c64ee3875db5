import type { AddressRange } from './address-range.ts';
import { buildIntervalSet, type IntervalSet } from './interval-set.ts';
import { parseList, type ParsedList } from './parse-entries.ts';
import { ipRangeWarningCodes, type IpRangeCheckResult, type IpRangeError, type IpRangeListId, type IpRangeVerdict, type IpRangeWarning } from './result.ts';
import { currentIpWarning, nonPublicWarning, partialOverlapWarning, redundancyWarnings, veryBroadWarning } from './warnings.ts';

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
 * account out, so when the admin's list is non-empty and every one of its ranges lies inside the union of the
 * Arctic Wolf ranges, the verdict is `caution`. An entry that cannot be read in either list makes it `invalid`.
 * Warnings never change the verdict.
 */
export function checkIpRanges(input: IpRangeCheckInput): IpRangeCheckResult {
  const admin = parseList(input.adminText);
  const arcticWolf = parseList(input.arcticWolfText);
  const errors = [...listErrors('admin', admin), ...listErrors('arctic-wolf', arcticWolf)];

  const arcticWolfSet = buildIntervalSet(arcticWolf.entries.map((e) => e.range));
  const adminRanges = [...new Set(admin.entries.map((e) => e.range.cidr))];
  const allInside = admin.entries.length > 0 && admin.entries.every((e) => arcticWolfSet.contains(e.range));

  const verdict: IpRangeVerdict = errors.length > 0 ? 'invalid' : allInside ? 'caution' : 'ok';
  return { verdict, adminRanges, errors, warnings: collectWarnings(admin, arcticWolfSet, input.currentIp) };
}

function listErrors(file: IpRangeListId, list: ParsedList): IpRangeError[] {
  return list.errors.map(({ line, input, message }) => ({ file, line, input, message }));
}

function collectWarnings(admin: ParsedList, arcticWolfSet: IntervalSet, currentIp: AddressRange | undefined): IpRangeWarning[] {
  const warnings: IpRangeWarning[] = [];
  if (currentIp) {
    const adminSet = buildIntervalSet(admin.entries.map((e) => e.range));
    const warning = currentIpWarning(currentIp, adminSet, admin.entries.length);
    if (warning) warnings.push(warning);
  }
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
