import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIntervalSet } from '../../../../shared/ip-ranges/interval-set.ts';
import { parseEntry } from '../../../../shared/ip-ranges/parse-entries.ts';
import type { AddressRange } from '../../../../shared/ip-ranges/address-range.ts';
import { addressesOf, coverage, smallBlock, type SmallBlock } from '../../../helpers/ip-small-space.ts';

const range = (text: string): AddressRange => {
  const parsed = parseEntry(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.range;
};

describe('buildIntervalSet', () => {
  it('counts a range covered only by several blocks together as contained', () => {
    const set = buildIntervalSet(['192.0.2.0/25', '192.0.2.128/26', '192.0.2.192/26'].map(range));
    expect(set.contains(range('192.0.2.0/24'))).toBe(true);
    expect(set.contains(range('192.0.2.0/23'))).toBe(false);
    expect(set.intersects(range('192.0.2.0/23'))).toBe(true);
  });

  it('keeps families apart: ::/0 covers no IPv4 address and 0.0.0.0/0 no IPv6 one', () => {
    const set = buildIntervalSet([range('::/0')]);
    expect(set.contains(range('2001:db8::/32'))).toBe(true);
    expect(set.intersects(range('192.0.2.1'))).toBe(false);
    expect(buildIntervalSet([range('0.0.0.0/0')]).intersects(range('::1'))).toBe(false);
  });

  it('handles the very ends of each address space', () => {
    const set = buildIntervalSet([range('255.255.255.255'), range('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')]);
    expect(set.contains(range('255.255.255.255/32'))).toBe(true);
    expect(set.contains(range('255.255.255.254/31'))).toBe(false);
    expect(set.intersects(range('255.255.255.254/31'))).toBe(true);
    expect(set.contains(range('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'))).toBe(true);
  });

  it('an empty set contains and intersects nothing', () => {
    const set = buildIntervalSet([]);
    expect(set.contains(range('192.0.2.1'))).toBe(false);
    expect(set.intersects(range('0.0.0.0/0'))).toBe(false);
  });

  it('agrees with address-by-address enumeration on contains and intersects (IPv4, IPv6, mixed)', () => {
    fc.assert(
      fc.property(fc.array(smallBlock(), { maxLength: 12 }), smallBlock(), (union: SmallBlock[], probe: SmallBlock) => {
        const set = buildIntervalSet(union.map((b) => range(b.text)));
        const covered = coverage(union);
        const probeAddresses = addressesOf(probe);
        expect(set.contains(range(probe.text))).toBe(probeAddresses.every((a) => covered.has(a)));
        expect(set.intersects(range(probe.text))).toBe(probeAddresses.some((a) => covered.has(a)));
      }),
      { numRuns: 500 },
    );
  });
});
