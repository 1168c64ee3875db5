import { describe, expect, it } from 'vitest';
import { checkIpRanges } from '../../../../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../../../../shared/ip-ranges/parse-entries.ts';
import type { IpRangeWarning } from '../../../../shared/ip-ranges/result.ts';

const warnings = (adminText: string, arcticWolfText = '', currentIp?: string): IpRangeWarning[] => {
  const current = currentIp ? parseCurrentIp(currentIp) : undefined;
  return checkIpRanges({ adminText, arcticWolfText, currentIp: current?.ok ? current.range : undefined }).warnings;
};
const pick = (list: IpRangeWarning[], code: string): Array<[string, string]> =>
  list.filter((w) => w.code === code).map((w) => [w.range, w.message]);

describe('warnings (they never change the verdict)', () => {
  it('partial overlap: the admin range shares only some addresses with Arctic Wolf', () => {
    const list = warnings('45.60.0.0/23\n45.60.0.0/25\n81.2.69.0/24', '45.60.0.0/24');
    expect(pick(list, 'partial-overlap').map(([r]) => r)).toEqual(['45.60.0.0/23']);
    expect(checkIpRanges({ adminText: '45.60.0.0/23', arcticWolfText: '45.60.0.0/24' }).verdict).toBe('ok');
  });

  it('duplicates: the same range twice, however it was written, with both line numbers', () => {
    const list = warnings('81.2.69.7\n\n81.2.69.7/32\n2a02:e980::/48 2A02:E980:0::/48');
    expect(pick(list, 'duplicate')).toEqual([
      ['81.2.69.7/32', expect.stringContaining('line 1, again on line 3')],
      ['2a02:e980::/48', expect.stringContaining('line 4')],
    ]);
  });

  it('contained: a range inside another admin range names the wider one', () => {
    const list = warnings('81.2.69.128/25\n81.2.0.0/16\n2a02:e980::/48\n2a02:e980:0:1::/64');
    expect(pick(list, 'contained')).toEqual([
      ['81.2.69.128/25', expect.stringContaining('81.2.0.0/16')],
      ['2a02:e980:0:1::/64', expect.stringContaining('2a02:e980::/48')],
    ]);
  });

  it('non-public: private, loopback, link-local, CGNAT, unique local and other special ranges', () => {
    const cases: Array<[string, RegExp]> = [
      ['10.1.0.0/16', /private/],
      ['172.16.0.0/12', /private/],
      ['192.168.1.0/24', /private/],
      ['127.0.0.1', /loopback/],
      ['169.254.0.0/16', /link-local/],
      ['100.64.0.0/10', /carrier-grade NAT/],
      ['fd00::/8', /unique local/],
      ['fe80::/10', /link-local/],
      ['::1', /loopback/],
      ['224.0.0.0/4', /multicast/],
      ['203.0.113.0/24', /documentation/],
    ];
    for (const [range, words] of cases) {
      const found = pick(warnings(range), 'non-public');
      expect(found, range).toHaveLength(1);
      expect(found[0]![1], range).toMatch(words);
      expect(found[0]![1], range).toMatch(/public/);
    }
    expect(pick(warnings('81.2.69.0/24\n2a02:e980::/48'), 'non-public')).toEqual([]);
  });

  it('non-public: a public block whose end reaches into special space is named too', () => {
    expect(pick(warnings('120.0.0.0/5'), 'non-public')[0]?.[1]).toMatch(/reaches into/);
  });

  it('very broad: IPv4 shorter than /8, IPv6 shorter than /32', () => {
    const list = warnings('80.0.0.0/7\n81.0.0.0/8\n2a00::/31\n2a02:e980::/32');
    expect(pick(list, 'very-broad').map(([r]) => r)).toEqual(['80.0.0.0/7', '2a00::/31']);
    expect(pick(list, 'very-broad')[0]?.[1]).toContain('33,554,432 addresses');
  });

  it('current IP not covered: the strongest warning, listed first', () => {
    const list = warnings('10.0.0.0/8\n81.2.69.0/24', '', '198.51.100.7');
    expect(list[0]).toMatchObject({ code: 'current-ip-not-covered', range: '198.51.100.7/32' });
    expect(list[0]?.message).toMatch(/locked out/);
  });

  it('current IP: no warning when a range covers it, when the admin list is empty, or for the other family', () => {
    expect(pick(warnings('81.2.69.0/24', '', '81.2.69.200'), 'current-ip-not-covered')).toEqual([]);
    expect(pick(warnings('', '', '81.2.69.200'), 'current-ip-not-covered')).toEqual([]);
    expect(pick(warnings('81.2.69.0/24', '', '2a02:e980::1'), 'current-ip-not-covered')).toHaveLength(1);
  });

  it('lists warnings strongest first', () => {
    const list = warnings('10.0.0.0/8\n10.0.0.0/8\n45.60.0.0/23\n10.1.0.0/16', '45.60.0.0/24', '81.2.69.1');
    expect(list.map((w) => w.code)).toEqual([
      'current-ip-not-covered',
      'partial-overlap',
      'duplicate',
      'contained',
      'non-public',
      'non-public',
    ]);
  });
});
