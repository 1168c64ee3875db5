import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIpRanges } from '../../../../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../../../../shared/ip-ranges/parse-entries.ts';
import { ipRangeCheckResultSchema, type IpRangeCheckResult } from '../../../../shared/ip-ranges/result.ts';
import { addressesOf, coverage, smallBlock, type SmallBlock } from '../../../helpers/ip-small-space.ts';

const check = (adminText: string, arcticWolfText: string, currentIp?: string): IpRangeCheckResult => {
  const current = currentIp === undefined ? undefined : parseCurrentIp(currentIp);
  if (current && !current.ok) throw new Error(current.message);
  return ipRangeCheckResultSchema.parse(checkIpRanges({ adminText, arcticWolfText, currentIp: current?.range }));
};
const codes = (result: IpRangeCheckResult): string[] => result.warnings.map((w) => w.code);

// Public-looking addresses for tests: documentation ranges would themselves trip the non-public warning.
const AW = '45.60.0.0/24\n45.60.1.0/24\n2a02:e980::/48';
/** An Arctic Wolf list far from every range the generated tests use, so it only keeps the check comparable. */
const FAR_AW = '45.60.0.0/24';

describe('the caution rule', () => {
  it('is caution when every admin range is an Arctic Wolf range', () => {
    expect(check('45.60.0.0/24', AW).verdict).toBe('caution');
    expect(check('45.60.0.0/24, 2a02:e980::/48', AW).verdict).toBe('caution');
  });

  it('is caution when an admin range is covered only by several Arctic Wolf ranges together', () => {
    expect(check('45.60.0.0/23', AW).verdict).toBe('caution');
  });

  it('is caution for an admin range strictly inside an Arctic Wolf range', () => {
    expect(check('45.60.0.17', AW).verdict).toBe('caution');
    expect(check('2a02:e980::1', AW).verdict).toBe('caution');
  });

  it('is ok as soon as one admin range is the admin’s own', () => {
    expect(check('45.60.0.0/24\n81.2.69.0/24', AW).verdict).toBe('ok');
    expect(check('45.60.0.0/22', AW).verdict).toBe('ok');
  });

  it('never lets IPv4 Arctic Wolf ranges cover IPv6 admin ranges, or the other way round', () => {
    expect(check('2001:db8::/120', '45.60.0.0/24').verdict).toBe('ok');
    expect(check('45.60.0.0/24', '::/0').verdict).toBe('ok');
  });

  it('is ok for an empty admin list: the step is optional', () => {
    expect(check('', AW)).toEqual({ verdict: 'ok', adminRanges: [], errors: [], warnings: [] });
    expect(check('# nothing entered yet\n', AW).verdict).toBe('ok');
  });

  it('is invalid when the Arctic Wolf list holds no range, even with only a comment: nothing was compared', () => {
    for (const empty of ['', '# Arctic Wolf ranges\n', '\n\n  \n']) {
      const result = check('81.2.69.0/24', empty);
      expect(result.verdict).toBe('invalid');
      expect(result.errors).toEqual([{ file: 'arctic-wolf', line: expect.any(Number) as number, input: '', message: expect.stringContaining('Allowlist Requirements') as string }]);
      expect(result.errors[0]!.line).toBeLessThanOrEqual(empty.split('\n').length);
    }
    expect(check('', '# only a comment').verdict).toBe('invalid');
  });

  it('points an empty Arctic Wolf list at its last line: a final line break ends a line, it does not add one', () => {
    const lineOf = (text: string): number => check('81.2.69.0/24', text).errors[0]!.line;
    expect(lineOf('')).toBe(1);
    expect(lineOf('\n')).toBe(1);
    expect(lineOf('\n\n')).toBe(2);
    expect(lineOf('# Arctic Wolf ranges\n\n# none yet')).toBe(3);
    expect(lineOf('\r\n\r\n')).toBe(2);
  });

  it('is caution when the list would lock out the admin’s current address, whatever else it holds', () => {
    const lockout = check('81.2.69.0/24\n45.60.0.0/23', AW, '198.51.100.7');
    expect(lockout.verdict).toBe('caution');
    expect(lockout.warnings[0]).toMatchObject({ code: 'current-ip-not-covered', range: '198.51.100.7/32' });
    expect(check('81.2.69.0/24\n45.60.0.0/23', AW, '81.2.69.7').verdict).toBe('ok');
    expect(check('', AW, '198.51.100.7').verdict).toBe('ok');
  });

  it('explains a caution of only Arctic Wolf ranges with an only-arctic-wolf warning', () => {
    expect(codes(check('45.60.0.0/23', AW))).toContain('only-arctic-wolf');
    expect(codes(check('45.60.0.0/23\n81.2.69.0/24', AW))).not.toContain('only-arctic-wolf');
  });

  it('is invalid when an entry in either list cannot be read, naming the list and line', () => {
    const adminBad = check('81.2.69.0/24\n81.2.69.5/24', AW);
    expect(adminBad.verdict).toBe('invalid');
    expect(adminBad.errors).toEqual([{ file: 'admin', line: 2, input: '81.2.69.5/24', message: expect.stringContaining('81.2.69.0/24') as string }]);
    const awBad = check('81.2.69.0/24', '45.60.0.0/24\n\nnonsense');
    expect(awBad.verdict).toBe('invalid');
    expect(awBad.errors).toMatchObject([{ file: 'arctic-wolf', line: 3, input: 'nonsense' }]);
  });

  it('invalid wins over caution: the lists must be readable before the rule can be trusted', () => {
    expect(check('45.60.0.0/24 bad', AW).verdict).toBe('invalid');
  });
});

describe('Arctic Wolf ranges left out of the admin list', () => {
  it('warns once, naming the first ranges left out and counting the rest', () => {
    const result = check('81.2.69.0/24\n45.60.0.0/24', AW);
    expect(result.verdict).toBe('ok');
    const warning = result.warnings.find((w) => w.code === 'arctic-wolf-not-covered');
    expect(warning).toMatchObject({ range: '45.60.1.0/24' });
    expect(warning?.message).toContain('45.60.1.0/24, 2a02:e980::/48');
    const many = Array.from({ length: 10 }, (_, i) => `45.61.${i}.0/24`).join('\n');
    const counted = check('81.2.69.0/24', many).warnings.filter((w) => w.code === 'arctic-wolf-not-covered');
    expect(counted).toHaveLength(1);
    expect(counted[0]?.message).toMatch(/^10 Arctic Wolf ranges .* and 7 more\./);
  });

  it('is silent when every Arctic Wolf range is covered, or when there is no admin list (no restriction)', () => {
    expect(codes(check('81.2.69.0/24\n45.60.0.0/23\n2a02:e980::/48', AW))).toEqual([]);
    expect(codes(check('', AW))).toEqual([]);
  });
});

describe('the canonical admin list', () => {
  it('is in the order entered, canonical, with exact duplicates once', () => {
    const result = check('81.2.69.7\n2A02:E980:0000::/48, 81.2.69.7/32\n81.2.69.0/24', FAR_AW);
    expect(result.adminRanges).toEqual(['81.2.69.7/32', '2a02:e980::/48', '81.2.69.0/24']);
  });
});

describe('any text at all', () => {
  it('never throws, always answers the result schema, and points errors at real lines', () => {
    const piece = fc.constantFrom('10.0.0.0/8', '2001:db8::/32', '1.2.3.4', '::1', 'x', '#', ',', ' ', '\n', '\r\n', '/', '::', '300.1.1.1', '1.2.3.4/33', '%');
    const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, text, (adminText, arcticWolfText) => {
        const result = ipRangeCheckResultSchema.parse(checkIpRanges({ adminText, arcticWolfText }));
        const lines = { admin: adminText.split(/\r\n|\n|\r/).length, 'arctic-wolf': arcticWolfText.split(/\r\n|\n|\r/).length };
        for (const error of result.errors) expect(error.line).toBeLessThanOrEqual(lines[error.file]);
        expect(result.verdict === 'invalid').toBe(result.errors.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('large inputs', () => {
  it('checks 10,000 Arctic Wolf ranges against 1,000 admin ranges', () => {
    const aw = Array.from({ length: 10_000 }, (_, i) => `${20 + (i >> 8)}.${i & 255}.0.0/24`).join('\n');
    const admin = Array.from({ length: 1_000 }, (_, i) => `${20 + (i >> 8)}.${i & 255}.0.${i % 2 === 0 ? '0/25' : '128/25'}`).join('\n');
    const result = check(admin, aw);
    expect(result.verdict).toBe('caution');
    expect(result.adminRanges).toHaveLength(1_000);
    expect(check(`${admin}\n81.2.69.0/24`, aw).verdict).toBe('ok');
  });
});

describe('against an address-by-address reference', () => {
  const text = (blocks: SmallBlock[]): string => blocks.map((b) => b.text).join('\n');

  it('gives caution exactly when the admin list is non-empty and every admin address is an Arctic Wolf address', () => {
    fc.assert(
      fc.property(fc.array(smallBlock(), { maxLength: 8 }), fc.array(smallBlock(), { maxLength: 10 }), (admin, aw) => {
        const covered = coverage(aw);
        const onlyArcticWolf = admin.length > 0 && admin.every((b) => addressesOf(b).every((a) => covered.has(a)));
        const expected = aw.length === 0 ? 'invalid' : onlyArcticWolf ? 'caution' : 'ok';
        expect(check(text(admin), text(aw)).verdict).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('warns of partial overlap exactly for admin ranges sharing some but not all addresses with Arctic Wolf', () => {
    fc.assert(
      fc.property(fc.array(smallBlock(), { minLength: 1, maxLength: 8 }), fc.array(smallBlock(), { maxLength: 10 }), (admin, aw) => {
        const covered = coverage(aw);
        const result = check(text(admin), text(aw));
        const partial = new Set(result.warnings.filter((w) => w.code === 'partial-overlap').map((w) => w.range));
        admin.forEach((block, i) => {
          const inAw = addressesOf(block).filter((a) => covered.has(a)).length;
          expect(partial.has(result.adminRanges[indexOfCanonical(admin, i)]!)).toBe(inAw > 0 && inAw < block.size);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('flags exactly the admin ranges that lie inside another, different admin range', () => {
    fc.assert(
      fc.property(fc.array(smallBlock(), { minLength: 1, maxLength: 10 }), (admin) => {
        const result = check(text(admin), FAR_AW);
        const contained = new Set(result.warnings.filter((w) => w.code === 'contained').map((w) => w.range));
        admin.forEach((block, i) => {
          const mine = new Set(addressesOf(block));
          const insideOther = admin.some((other) => {
            const theirs = new Set(addressesOf(other));
            return theirs.size > mine.size && [...mine].every((a) => theirs.has(a));
          });
          expect(contained.has(result.adminRanges[indexOfCanonical(admin, i)]!)).toBe(insideOther);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('warns that the current address is not covered exactly when no admin range holds it', () => {
    fc.assert(
      fc.property(fc.array(smallBlock(), { maxLength: 8 }), fc.nat(255), fc.constantFrom('ipv4' as const, 'ipv6' as const), (admin, offset, family) => {
        const current = family === 'ipv4' ? `192.0.2.${offset}` : `2001:db8::${offset.toString(16)}`;
        const result = check(text(admin), FAR_AW, current);
        const expected = admin.length > 0 && !coverage(admin).has(`${family}:${offset}`);
        expect(codes(result).includes('current-ip-not-covered')).toBe(expected);
        if (expected) expect(result.warnings[0]?.code).toBe('current-ip-not-covered');
        expect(result.verdict).toBe(expected ? 'caution' : 'ok');
      }),
      { numRuns: 300 },
    );
  });
});

/** Where block `i` of the generated list lands in `adminRanges` (duplicates are kept once). */
function indexOfCanonical(admin: SmallBlock[], i: number): number {
  const keys = admin.map((b) => `${b.family}:${b.offset}:${b.size}`);
  const unique = [...new Set(keys)];
  return unique.indexOf(keys[i]!);
}
