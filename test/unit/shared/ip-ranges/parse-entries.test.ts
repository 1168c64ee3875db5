import { describe, expect, it } from 'vitest';
import { MAX_LIST_ENTRIES, MAX_LIST_ERRORS, parseCurrentIp, parseEntry, parseList } from '../../../../shared/ip-ranges/parse-entries.ts';

const cidrOf = (input: string): string => {
  const parsed = parseEntry(input);
  if (!parsed.ok) throw new Error(`expected ${input} to parse: ${parsed.message}`);
  return parsed.range.cidr;
};
const messageOf = (input: string): string => {
  const parsed = parseEntry(input);
  if (parsed.ok) throw new Error(`expected ${input} to be refused`);
  return parsed.message;
};

describe('parseEntry', () => {
  it('reads IPv4 CIDR blocks and bare addresses as /32', () => {
    expect(cidrOf('203.0.113.0/24')).toBe('203.0.113.0/24');
    expect(cidrOf('203.0.113.7')).toBe('203.0.113.7/32');
    expect(cidrOf('0.0.0.0/0')).toBe('0.0.0.0/0');
  });

  it('reads IPv6 and writes it in canonical (RFC 5952) form; a bare address is /128', () => {
    expect(cidrOf('2001:0DB8:0000:0000::/32')).toBe('2001:db8::/32');
    expect(cidrOf('2001:db8:0:0:0:0:0:1')).toBe('2001:db8::1/128');
    expect(cidrOf('::/0')).toBe('::/0');
  });

  it('refuses a block with host bits set and offers the canonical block', () => {
    expect(messageOf('10.0.0.5/24')).toContain('10.0.0.0/24');
    expect(messageOf('10.0.0.5/24')).toMatch(/host bits/);
    expect(messageOf('2001:db8::1/64')).toContain('2001:db8::/64');
  });

  it('refuses prefixes outside the family’s length', () => {
    expect(messageOf('10.0.0.0/33')).toMatch(/0 to 32/);
    expect(messageOf('2001:db8::/129')).toMatch(/0 to 128/);
    expect(messageOf('10.0.0.0/')).toMatch(/prefix/);
    expect(messageOf('10.0.0.0/-1')).toMatch(/prefix/);
    expect(messageOf('10.0.0.0/2a')).toMatch(/prefix/);
  });

  it('accepts only four-part decimal IPv4 (no shorthand that ipaddr.js alone would accept)', () => {
    for (const odd of ['10', '10.1', '1.2.3', '0x0a.0.0.1', '010.0.0.1', '256.0.0.1', '1.2.3.4.5']) {
      expect(messageOf(odd), odd).toMatch(/not an IPv4 or IPv6 address/);
    }
  });

  it('refuses zone indexes, several slashes and first-last ranges with a reason', () => {
    expect(messageOf('fe80::1%eth0')).toMatch(/zone index/);
    expect(messageOf('10.0.0.0/8/8')).toMatch(/more than one/);
    expect(messageOf('10.0.0.1-10.0.0.9')).toMatch(/first-last/);
    expect(messageOf('example.com')).toMatch(/203\.0\.113\.0\/24/);
  });
});

describe('parseList', () => {
  it('splits on new lines, commas and spaces, skips blank lines and # comments, and counts lines from 1', () => {
    const text = '# Arctic Wolf, Cloud Sensors\n\n203.0.113.0/24, 198.51.100.7  192.0.2.0/25\t2001:db8::/48 # office\r\n  \n,,\n192.0.2.128/25';
    const { entries, errors } = parseList(text);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.line, e.input, e.range.cidr])).toEqual([
      [3, '203.0.113.0/24', '203.0.113.0/24'],
      [3, '198.51.100.7', '198.51.100.7/32'],
      [3, '192.0.2.0/25', '192.0.2.0/25'],
      [3, '2001:db8::/48', '2001:db8::/48'],
      [6, '192.0.2.128/25', '192.0.2.128/25'],
    ]);
  });

  it('reports every bad entry with its line, its text and the reason, and keeps the good ones', () => {
    const { entries, errors } = parseList('203.0.113.0/24\nnot-an-ip, 10.0.0.5/24\n\n2001:db8::/200');
    expect(entries.map((e) => e.range.cidr)).toEqual(['203.0.113.0/24']);
    expect(errors.map((e) => [e.line, e.input])).toEqual([[2, 'not-an-ip'], [2, '10.0.0.5/24'], [4, '2001:db8::/200']]);
    expect(errors.every((e) => e.message.length > 20)).toBe(true);
  });

  it('an empty or comment-only text has no entries and no errors', () => {
    expect(parseList('')).toEqual({ entries: [], errors: [] });
    expect(parseList('# nothing yet\n\n   \n')).toEqual({ entries: [], errors: [] });
  });

  it('a comment on a line hides only the rest of that line', () => {
    const { entries } = parseList('192.0.2.1 # 192.0.2.2\n192.0.2.3');
    expect(entries.map((e) => e.range.cidr)).toEqual(['192.0.2.1/32', '192.0.2.3/32']);
  });
});

describe('IPv4-mapped IPv6 addresses count as their IPv4 address', () => {
  it('normalises an address and a block inside ::ffff:0:0/96 to IPv4; a wider block stays IPv6', () => {
    expect(cidrOf('::ffff:198.51.100.10')).toBe('198.51.100.10/32');
    expect(cidrOf('::FFFF:c633:640a')).toBe('198.51.100.10/32');
    expect(cidrOf('::ffff:198.51.100.0/120')).toBe('198.51.100.0/24');
    expect(cidrOf('::ffff:0:0/96')).toBe('0.0.0.0/0');
    expect(messageOf('::ffff:198.51.100.10/120')).toMatch(/Did you mean 198\.51\.100\.0\/24\?.*without “\/120”/);
    expect(parseCurrentIp('::ffff:198.51.100.10')).toMatchObject({ ok: true, range: { cidr: '198.51.100.10/32', family: 'ipv4' } });
  });
});

describe('parseList bounds', () => {
  it('stops after MAX_LIST_ENTRIES entries with one error that says why', () => {
    const text = Array.from({ length: MAX_LIST_ENTRIES + 5 }, (_, i) => `10.0.${(i >> 8) & 255}.${i & 255}`).join('\n');
    const { entries, errors } = parseList(text);
    expect(entries).toHaveLength(MAX_LIST_ENTRIES);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: MAX_LIST_ENTRIES + 1, message: expect.stringMatching(/more than 20,000 entries/) as string });
  });

  it('lists the first MAX_LIST_ERRORS unreadable entries, then stops with one line that says so', () => {
    const { errors } = parseList(Array.from({ length: 5000 }, (_, i) => `junk${i}`).join('\n'));
    expect(errors).toHaveLength(MAX_LIST_ERRORS + 1);
    expect(errors.at(-1)).toMatchObject({ line: 101, message: expect.stringMatching(/^More than 100 entries could not be read, so the list was not checked past line 100\./) as string });
  });
});

describe('parseCurrentIp', () => {
  it('is undefined for empty input, a /32 or /128 for one address, an error for anything else', () => {
    expect(parseCurrentIp('  ')).toBeUndefined();
    expect(parseCurrentIp(' 198.51.100.7 ')).toMatchObject({ ok: true, range: { cidr: '198.51.100.7/32' } });
    expect(parseCurrentIp('2001:db8::7')).toMatchObject({ ok: true, range: { cidr: '2001:db8::7/128' } });
    expect(parseCurrentIp('198.51.100.0/24')).toMatchObject({ ok: false });
    expect(parseCurrentIp('my laptop')).toMatchObject({ ok: false });
  });
});
