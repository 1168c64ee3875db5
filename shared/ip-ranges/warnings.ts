import { addressText, bigIntToAddress, compareRanges, type AddressRange } from './address-range.ts';
import type { IntervalSet } from './interval-set.ts';
import type { ParsedEntry } from './parse-entries.ts';
import type { IpRangeWarning } from './result.ts';

/** Shorter prefixes than these are "very broad": a /7 is 33 million IPv4 addresses. */
const BROAD_PREFIX = { ipv4: 8, ipv6: 32 } as const;

/** Words for ipaddr.js's special-range names that an admin recognises. */
const SPECIAL_RANGE_WORDS: Record<string, string> = {
  private: 'a private network (RFC 1918)',
  loopback: 'loopback',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  uniqueLocal: 'a unique local network (fc00::/7)',
  unspecified: 'the unspecified address block',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved or documentation-only space',
  benchmarking: 'benchmarking-only space',
  ipv4Mapped: 'IPv4-mapped IPv6',
  rfc6145: 'IPv4-translated IPv6',
  rfc6052: 'NAT64 translation space',
  teredo: 'Teredo tunnelling',
  '6to4': '6to4 tunnelling',
  deprecatedSiteLocal: 'deprecated site-local',
  discard: 'discard-only space',
};

/** The current address is outside every admin range: saving the list would lock this admin out. */
export function currentIpWarning(current: AddressRange, adminSet: IntervalSet, adminCount: number): IpRangeWarning | undefined {
  if (adminCount === 0 || adminSet.contains(current)) return undefined;
  const address = addressText(bigIntToAddress(current.family, current.start));
  return {
    code: 'current-ip-not-covered',
    range: current.cidr,
    message: `Your current address ${address} is in none of your admin ranges. Once this list is saved in Mimecast you would be locked out of the Administration Console from where you are now. Add a range that covers ${address}, or check the address.`,
  };
}

/**
 * Every admin range lies inside the Arctic Wolf ranges. Arctic Wolf's caution: such a list restricts sign-in for all
 * other accounts except managed service providers.
 */
export function onlyArcticWolfWarning(entries: readonly ParsedEntry[], arcticWolf: IntervalSet): IpRangeWarning | undefined {
  const first = entries[0];
  if (!first || !entries.every((e) => arcticWolf.contains(e.range))) return undefined;
  return {
    code: 'only-arctic-wolf',
    range: first.range.cidr,
    message:
      'Every range in your list lies inside the Arctic Wolf ranges. Saved in Mimecast, this list shuts every account except managed service providers out of the Administration Console. Add the public ranges your administrators sign in from.',
  };
}

/** How many left-out Arctic Wolf ranges the message names; the rest are counted. */
const NAMED_LEFT_OUT = 3;

/**
 * Some Arctic Wolf range is not wholly inside the admin list. One warning for all of them (an Arctic Wolf list can
 * hold thousands), naming the first few. Mimecast does not say whether Admin IP Ranges also apply to API calls, so
 * the message says what would happen if they do rather than claiming it. An empty admin list restricts nothing.
 */
export function arcticWolfNotCoveredWarning(arcticWolf: readonly ParsedEntry[], adminSet: IntervalSet, adminCount: number): IpRangeWarning | undefined {
  if (adminCount === 0) return undefined;
  const leftOut = [...new Set(arcticWolf.filter((e) => !adminSet.contains(e.range)).map((e) => e.range.cidr))];
  const [first] = leftOut;
  if (first === undefined) return undefined;
  const named = leftOut.slice(0, NAMED_LEFT_OUT).join(', ');
  const more = leftOut.length > NAMED_LEFT_OUT ? ` and ${(leftOut.length - NAMED_LEFT_OUT).toLocaleString('en-US')} more` : '';
  const which = leftOut.length === 1 ? 'Arctic Wolf range is' : 'Arctic Wolf ranges are';
  return {
    code: 'arctic-wolf-not-covered',
    range: first,
    message: `${leftOut.length.toLocaleString('en-US')} ${which} not in your list: ${named}${more}. Mimecast does not document whether Admin IP Ranges also apply to API calls; if they do, Arctic Wolf’s requests from these addresses would be refused. Add Arctic Wolf’s ranges alongside your own.`,
  };
}

/**
 * Duplicates and ranges inside other admin ranges. One sweep over the ranges sorted by start (wider first): CIDR
 * blocks are either nested or disjoint, so a range is contained exactly when the widest-reaching range before it
 * ends at or after its own end.
 */
export function redundancyWarnings(entries: readonly ParsedEntry[]): IpRangeWarning[] {
  const warnings: IpRangeWarning[] = [];
  const firstLine = new Map<string, number>();
  const unique: AddressRange[] = [];
  for (const { range, line } of entries) {
    const earlier = firstLine.get(range.cidr);
    if (earlier === undefined) {
      firstLine.set(range.cidr, line);
      unique.push(range);
    } else {
      warnings.push({
        code: 'duplicate',
        range: range.cidr,
        message: `${range.cidr} is listed more than once (line ${earlier}, again on line ${line}). The copied list keeps it once.`,
      });
    }
  }
  const containedBy = new Map<AddressRange, AddressRange>();
  let reach: AddressRange | undefined;
  for (const range of [...unique].sort(compareRanges)) {
    if (reach && reach.family === range.family && reach.end >= range.end) containedBy.set(range, reach);
    else reach = range;
  }
  for (const range of unique) {
    const outer = containedBy.get(range);
    if (!outer) continue;
    warnings.push({
      code: 'contained',
      range: range.cidr,
      message: `${range.cidr} lies inside ${outer.cidr}, which is also in your list, so it adds nothing. You can remove it.`,
    });
  }
  return warnings;
}

/** The range shares some, but not all, addresses with the Arctic Wolf ranges. */
export function partialOverlapWarning(range: AddressRange, arcticWolf: IntervalSet): IpRangeWarning | undefined {
  if (!arcticWolf.intersects(range) || arcticWolf.contains(range)) return undefined;
  return {
    code: 'partial-overlap',
    range: range.cidr,
    message: `${range.cidr} overlaps the Arctic Wolf ranges only in part. If you meant to add Arctic Wolf’s addresses, copy their ranges exactly; if this is your own network, check it is the range you sign in from.`,
  };
}

/**
 * Mimecast sees sign-ins from public addresses only, so a non-public range never matches anyone. ipaddr.js
 * classifies the block's first and last address; a mostly public block with a special one in its middle
 * (172.0.0.0/8 around 172.16.0.0/12) is not flagged, since its public part still works.
 */
export function nonPublicWarning(range: AddressRange): IpRangeWarning | undefined {
  const first = bigIntToAddress(range.family, range.start).range();
  const last = bigIntToAddress(range.family, range.end).range();
  const kind = first !== 'unicast' ? first : last !== 'unicast' ? last : undefined;
  if (kind === undefined) return undefined;
  const words = SPECIAL_RANGE_WORDS[kind] ?? `special-purpose space (${kind})`;
  const how = first !== 'unicast' ? 'is' : 'reaches into';
  return {
    code: 'non-public',
    range: range.cidr,
    message: `${range.cidr} ${how} ${words}, not a public address range. Mimecast sees the public address your sign-in comes from, so enter the public range your network uses on the internet.`,
  };
}

export function veryBroadWarning(range: AddressRange): IpRangeWarning | undefined {
  const limit = BROAD_PREFIX[range.family];
  if (range.prefix >= limit) return undefined;
  const count = range.family === 'ipv4' ? ` (${(2 ** (32 - range.prefix)).toLocaleString('en-US')} addresses)` : '';
  return {
    code: 'very-broad',
    range: range.cidr,
    message: `${range.cidr} is very broad${count}: it allows sign-in from a large part of the internet and protects little. Use the ranges your organisation actually signs in from (${range.family === 'ipv4' ? 'IPv4 /8 or longer' : 'IPv6 /32 or longer'}).`,
  };
}

