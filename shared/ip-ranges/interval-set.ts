import type { AddressRange, IpFamily } from './address-range.ts';

interface Interval {
  start: bigint;
  end: bigint;
}

/**
 * The union of many ranges, kept per family as sorted, disjoint, non-adjacent intervals. Adjacent blocks are
 * merged too, so a range covered only by several blocks together (10.0.0.0/25 + 10.0.0.128/25 ⊇ 10.0.0.0/24)
 * is found inside one interval. Building is O(n log n); each query is a binary search.
 */
export interface IntervalSet {
  /** Every address of `range` is in the union. */
  contains(range: AddressRange): boolean;
  /** At least one address of `range` is in the union. */
  intersects(range: AddressRange): boolean;
}

export function buildIntervalSet(ranges: readonly AddressRange[]): IntervalSet {
  const byFamily: Record<IpFamily, Interval[]> = { ipv4: merge(ranges, 'ipv4'), ipv6: merge(ranges, 'ipv6') };

  /** The last interval whose start is at or before `address`, if any. */
  const lastStartingAtOrBefore = (family: IpFamily, address: bigint): Interval | undefined => {
    const intervals = byFamily[family];
    let low = 0;
    let high = intervals.length - 1;
    let found: Interval | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const interval = intervals[middle]!;
      if (interval.start <= address) {
        found = interval;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };

  return {
    contains(range) {
      const candidate = lastStartingAtOrBefore(range.family, range.start);
      return candidate !== undefined && candidate.end >= range.end;
    },
    intersects(range) {
      // Intervals are disjoint and sorted, so only the last one starting at or before the range's end can reach it.
      const candidate = lastStartingAtOrBefore(range.family, range.end);
      return candidate !== undefined && candidate.end >= range.start;
    },
  };
}

function merge(ranges: readonly AddressRange[], family: IpFamily): Interval[] {
  const sorted = ranges
    .filter((r) => r.family === family)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end + 1n) {
      if (next.end > last.end) last.end = next.end;
    } else {
      merged.push({ ...next });
    }
  }
  return merged;
}
