import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../electron/cli/index.ts';
import type { CliIO } from '../../../../../electron/cli/command.ts';
import { ipRangeCheckResultSchema } from '../../../../../shared/ip-ranges/result.ts';

let dir: string;
let dataDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-ip-ranges-'));
  dataDir = join(dir, 'data');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: Readable.from([]),
    env: { MIMECAST_AW_DATA_DIR: dataDir },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** --json prints exactly one JSON document on stdout. */
function onlyDocument(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  return JSON.parse(stdout);
}

const AW = '# Arctic Wolf, Cloud Sensors\n45.60.0.0/24\n45.60.1.0/24\n';

describe('check-ip-ranges', () => {
  it('exit 0 and verdict ok when the admin list has the admin’s own ranges; nothing is written to the data folder', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('admin.txt', '81.2.69.0/24\n45.60.0.0/23\n'), '--arctic-wolf', file('aw.txt', AW), '--json');
    expect(code).toBe(0);
    expect(ipRangeCheckResultSchema.parse(onlyDocument(stdout))).toEqual({
      verdict: 'ok',
      adminRanges: ['81.2.69.0/24', '45.60.0.0/23'],
      errors: [],
      warnings: [],
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('exit 1 and verdict caution when every admin range is inside the Arctic Wolf ranges', async () => {
    const { code, stdout } = await cli('--json', 'check-ip-ranges', '--admin', file('admin.txt', '45.60.0.0/23'), '--arctic-wolf', file('aw.txt', AW));
    expect(code).toBe(1);
    expect(onlyDocument(stdout)).toMatchObject({ verdict: 'caution', adminRanges: ['45.60.0.0/23'] });
  });

  it('exit 1 and verdict invalid with file, line, input and message for an unreadable entry', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--json', '--admin', file('admin.txt', '81.2.69.0/24\n\n81.2.69.5/24'), '--arctic-wolf', file('aw.txt', `${AW}banana`));
    expect(code).toBe(1);
    const result = ipRangeCheckResultSchema.parse(onlyDocument(stdout));
    expect(result.verdict).toBe('invalid');
    expect(result.errors).toEqual([
      { file: 'admin', line: 3, input: '81.2.69.5/24', message: expect.stringContaining('81.2.69.0/24') as string },
      { file: 'arctic-wolf', line: 4, input: 'banana', message: expect.any(String) as string },
    ]);
  });

  it('exit 1 and verdict caution when the list would lock out --current-ip, the lockout warning first', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '10.0.0.0/8\n45.60.0.0/23'), '--arctic-wolf', file('aw.txt', AW), '--current-ip', '81.2.69.7', '--json');
    expect(code).toBe(1);
    const result = ipRangeCheckResultSchema.parse(onlyDocument(stdout));
    expect(result.verdict).toBe('caution');
    expect(result.warnings.map((w) => w.code)).toEqual(['current-ip-not-covered', 'non-public']);
    expect(result.warnings[0]?.range).toBe('81.2.69.7/32');
    const covered = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24\n45.60.0.0/23'), '--arctic-wolf', file('aw.txt', AW), '--current-ip', '81.2.69.7', '--json');
    expect(covered.code).toBe(0);
    expect(onlyDocument(covered.stdout)).toMatchObject({ verdict: 'ok', warnings: [] });
  });

  it('an empty two-line Arctic Wolf file is reported at line 2, named as the file to fill (not a field to paste into)', async () => {
    const aw = file('aw.txt', '\n\n');
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24'), '--arctic-wolf', aw, '--json');
    expect(code).toBe(1);
    const [error] = ipRangeCheckResultSchema.parse(onlyDocument(stdout)).errors;
    expect(error).toMatchObject({ file: 'arctic-wolf', line: 2, input: '' });
    expect(error!.message).toContain(`in ${aw} holds no range`);
    expect(error!.message).toContain('one per line');
    expect(error!.message).not.toMatch(/paste|import the file/i);
  });

  it('reads commas and spaces as separators between entries, as the contract says', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24, 45.60.0.0/23 198.51.100.0/24\n'), '--arctic-wolf', file('aw.txt', AW), '--json');
    expect(code).toBe(0);
    expect(ipRangeCheckResultSchema.parse(onlyDocument(stdout)).adminRanges).toEqual(['81.2.69.0/24', '45.60.0.0/23', '198.51.100.0/24']);
  });

  it('exit 1 and verdict invalid when the Arctic Wolf file holds no range (only a comment): nothing was compared', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24'), '--arctic-wolf', file('aw.txt', '# Arctic Wolf ranges go here\n'), '--json');
    expect(code).toBe(1);
    const result = ipRangeCheckResultSchema.parse(onlyDocument(stdout));
    expect(result.verdict).toBe('invalid');
    expect(result.errors).toEqual([{ file: 'arctic-wolf', line: expect.any(Number) as number, input: '', message: expect.stringContaining('no range') as string }]);
    const text = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24'), '--arctic-wolf', file('aw.txt', ''));
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^INVALID: /);
    expect(text.stdout).not.toContain('OK');
  });

  it('exit 0 with an arctic-wolf-not-covered warning when the admin list leaves an Arctic Wolf range out', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '81.2.69.0/24\n45.60.0.0/24'), '--arctic-wolf', file('aw.txt', AW), '--json');
    expect(code).toBe(0);
    const result = ipRangeCheckResultSchema.parse(onlyDocument(stdout));
    expect(result.verdict).toBe('ok');
    expect(result.warnings).toEqual([{ code: 'arctic-wolf-not-covered', range: '45.60.1.0/24', message: expect.stringContaining('45.60.1.0/24') as string }]);
  });

  it('an empty admin list is ok', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', file('a.txt', '# none\n'), '--arctic-wolf', file('aw.txt', AW), '--json');
    expect(code).toBe(0);
    expect(onlyDocument(stdout)).toEqual({ verdict: 'ok', adminRanges: [], errors: [], warnings: [] });
  });

  it('prints a readable report without --json: verdict, errors with file:line, warnings, the canonical list', async () => {
    const admin = file('admin.txt', '45.60.0.0/24\n45.60.0.9/24');
    const caution = await cli('check-ip-ranges', '--admin', file('ok.txt', '45.60.0.0/24'), '--arctic-wolf', file('aw.txt', AW));
    expect(caution.code).toBe(1);
    expect(caution.stdout).toMatch(/^CAUTION: /);
    expect(caution.stdout).toContain('[only-arctic-wolf]');
    // The list that would lock people out is not presented as ready to paste.
    expect(caution.stdout).not.toContain('ready to paste');
    const lockout = await cli('check-ip-ranges', '--admin', file('own.txt', '81.2.69.0/24'), '--arctic-wolf', file('aw.txt', AW), '--current-ip', '198.51.100.7');
    expect(lockout.code).toBe(1);
    expect(lockout.stdout).toMatch(/^CAUTION: /);
    expect(lockout.stdout).toContain('[current-ip-not-covered]');
    const invalid = await cli('check-ip-ranges', '--admin', admin, '--arctic-wolf', file('aw.txt', AW));
    expect(invalid.stdout).toContain(`${admin}:2: `);
  });

  it('exit 2 for an unreadable file, with one JSON error document', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--admin', join(dir, 'missing.txt'), '--arctic-wolf', file('aw.txt', AW), '--json');
    expect(code).toBe(2);
    expect(onlyDocument(stdout)).toEqual({ error: { code: 'unreadable-file', message: expect.stringContaining('missing.txt') as string } });
    const folder = await cli('check-ip-ranges', '--admin', dir, '--arctic-wolf', file('aw.txt', AW));
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('cannot be read');
  });

  it('exit 2 for missing or unknown flags and for a --current-ip that is not one address', async () => {
    expect((await cli('check-ip-ranges', '--arctic-wolf', file('aw.txt', AW))).code).toBe(2);
    expect((await cli('check-ip-ranges', '--admin', file('a.txt', ''))).code).toBe(2);
    expect((await cli('check-ip-ranges', '--admin', file('a.txt', ''), '--arctic-wolf', file('aw.txt', AW), '--colour')).code).toBe(2);
    const badIp = await cli('check-ip-ranges', '--admin', file('a.txt', ''), '--arctic-wolf', file('aw.txt', AW), '--current-ip', '81.2.69.0/24', '--json');
    expect(badIp.code).toBe(2);
    expect(onlyDocument(badIp.stdout)).toMatchObject({ error: { code: 'invalid-current-ip' } });
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address: ::ffff:198.51.100.10 inside 198.51.100.0/24 is caution', async () => {
    const { code, stdout } = await cli('check-ip-ranges', '--json', '--admin', file('admin.txt', '::ffff:198.51.100.10\n::ffff:198.51.100.0/120\n'), '--arctic-wolf', file('aw.txt', '198.51.100.0/24\n'));
    expect(code).toBe(1);
    expect(onlyDocument(stdout)).toMatchObject({ verdict: 'caution', adminRanges: ['198.51.100.10/32', '198.51.100.0/24'] });
  });

  it('a 1,000,000-line file is refused as too large with its size (exit 2), not a crash', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i += 1) lines.push(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const big = file('big.txt', `${lines.join('\n')}\n`);
    const run = await cli('check-ip-ranges', '--json', '--admin', big, '--arctic-wolf', file('aw.txt', AW));
    expect(run.code).toBe(2);
    expect(onlyDocument(run.stdout)).toEqual({ error: { code: 'list-too-large', message: expect.stringMatching(/--admin: .*big\.txt.* is too large .*MB/) as string } });
    const text = await cli('check-ip-ranges', '--admin', file('aw2.txt', AW), '--arctic-wolf', big);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--arctic-wolf: .* too large/);
    expect(text.stderr + text.stdout).not.toMatch(/internal|unexpectedly|RangeError/);
  });

  it('a list within the size bound but with more entries than any real list ends in verdict invalid that says why', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 80_000; i += 1) lines.push(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const run = await cli('check-ip-ranges', '--json', '--admin', file('many.txt', lines.join('\n')), '--arctic-wolf', file('aw.txt', AW));
    expect(run.code).toBe(1);
    const result = ipRangeCheckResultSchema.parse(onlyDocument(run.stdout));
    expect(result.verdict).toBe('invalid');
    expect(result.adminRanges).toHaveLength(20_000);
    expect(result.errors).toEqual([{ file: 'admin', line: 20_001, input: '10.0.78.32', message: expect.stringMatching(/more than 20,000 entries.*not checked past line 20,000/) as string }]);
  });
});
