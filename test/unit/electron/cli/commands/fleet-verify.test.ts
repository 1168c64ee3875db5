import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';

const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] fleet verify against stored credentials in the real keychain — ${skipReason}`);

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe('fleet verify (CLI contract): input errors, exit 2', () => {
  it.each(['0', '17', '-1', '2.5', 'four'])('--concurrency %j is refused', async (value) => {
    const run = await cli(['fleet', 'verify', `--concurrency=${value}`, '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'usage', message: expect.stringMatching(/--concurrency takes a whole number from 1 to 16/) as unknown } });
  });

  it('--concurrency with no value is refused by the parser', async () => {
    const run = await cli(['fleet', 'verify', '--concurrency=', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'concurrency-missing', message: expect.stringMatching(/^“--concurrency” needs a value: --concurrency N\./) as unknown } });
  });

  it('an unknown profile in --profiles is refused, naming it and the known ones', async () => {
    const run = await cli(['fleet', 'verify', '--profiles', 'default,nobody', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No profile “nobody”\. Known profiles: default\./);
  });

  it('an empty --profiles list is refused', async () => {
    const run = await cli(['fleet', 'verify', '--profiles', ' , ', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
  });

  it('a --csv file in a folder that does not exist is refused before anything runs', async () => {
    const dir = tempDataDir();
    const run = await cli(['fleet', 'verify', '--csv', join(dir, 'no-such-folder', 'out.csv'), '--json', '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'csv-unwritable' } });
  });

  it('is listed in --help with its options', async () => {
    const run = await cli(['--help']);
    expect(run.stdout).toMatch(/fleet verify\s+Verify every profile with stored credentials/);
    const own = await cli(['fleet', 'verify', '--help']);
    expect(own.stdout).toMatch(/^Usage: mimecast-aw fleet verify \[--profiles ID,ID…\] \[--concurrency N\] \[--csv FILE\]/);
    expect(own.stdout).toContain('1–16 (default 4)');
  });
});

describe('fleet verify with no stored credentials', () => {
  it('verifies nothing: exit 1, total 0, every profile skipped', async () => {
    const dataDir = tempDataDir();
    const run = await cli(['fleet', 'verify', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(json(run.stdout)).toEqual({ ok: false, total: 0, passed: 0, failed: 0, results: [], skipped: ['default'], durationMs: expect.any(Number) as unknown });
  });
});

describe.skipIf(skipReason !== undefined)('fleet verify with credentials in the real Secret Service', () => {
  let uk: FakeMimecast;
  let us: FakeMimecast;
  let dataDir: string;
  const profiles = ['Acme', 'Globex', '=cmd|calc'];

  beforeAll(async () => {
    [uk, us] = await Promise.all([startFakeMimecast(), startFakeMimecast()]);
    us.configure({ answers: { 'impersonation-protection': { kind: 'forbidden' } } });
    dataDir = tempDataDir();
    // Each tenant's gateway saved with its keys, as an MSP would set them up once.
    for (const [i, name] of profiles.entries()) {
      const gateway = i === 1 ? us : uk;
      const set = await cli(['credentials', 'set', '--profile', name, '--client-id', FAKE_CLIENT_ID, '--base-url', gateway.baseUrl, '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
      expect(set.code, set.stderr).toBe(0);
      expect(set.stdout).toContain(`Gateway saved for “${name}”: ${gateway.baseUrl}`);
    }
  });
  afterAll(async () => {
    for (const name of profiles) await cli(['credentials', 'delete', '--profile', name, '--data-dir', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
    await Promise.all([uk.close(), us.close()]);
  });

  it('credentials set --base-url saves the gateway that verify then uses', async () => {
    const run = await cli(['verify', '--profile', 'Acme', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({ ok: true, baseUrl: uk.baseUrl });
  });

  it('--json: the contract document, results in profile-id order, each on its own gateway; exit 1 when any failed', async () => {
    const run = await cli(['fleet', 'verify', '--concurrency', '2', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const doc = json(run.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'total', 'passed', 'failed', 'results', 'skipped', 'durationMs']);
    expect(doc).toMatchObject({ ok: false, total: 3, passed: 2, failed: 1, skipped: ['default'] });
    const results = doc.results as Array<Record<string, unknown>>;
    for (const r of results) expect(Object.keys(r)).toEqual(['profile', 'name', 'ok', 'baseUrl', 'failedChecks', 'error', 'durationMs']);
    expect(results.map((r) => [r.profile, r.name, r.ok, r.baseUrl, r.failedChecks, r.error])).toEqual([
      ['acme', 'Acme', true, uk.baseUrl, [], null],
      ['cmd-calc', '=cmd|calc', true, uk.baseUrl, [], null],
      ['globex', 'Globex', false, us.baseUrl, ['impersonation-protection'], null],
    ]);
    expect(run.stdout).not.toContain(FAKE_CLIENT_SECRET);
  });

  it('--profiles limits the run; all passing is exit 0', async () => {
    const run = await cli(['fleet', 'verify', '--profiles', 'acme,cmd-calc', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({ ok: true, total: 2, passed: 2, failed: 0, skipped: [] });
  });

  it('the table for people, and --csv for spreadsheets with the formula-like name neutralised', async () => {
    const csv = join(dataDir, 'fleet.csv');
    const run = await cli(['fleet', 'verify', '--csv', csv, '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^TENANT\s+GATEWAY\s+RESULT\s+FAILED CHECKS\s+TIME$/);
    expect(lines[3]).toMatch(new RegExp(`^Globex \\(globex\\)\\s+${us.baseUrl.replace(/[.]/g, '\\.')}\\s+FAILED\\s+impersonation-protection\\s+\\d+\\.\\d s$`));
    expect(run.stdout).toContain('2 of 3 tenants passed, 1 failed');
    expect(run.stdout).toContain(`Wrote ${csv}.`);
    const rows: string[][] = parse(readFileSync(csv, 'utf8'), { bom: true });
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['profile', 'name', 'result'],
      ['acme', 'Acme', 'passed'],
      ['cmd-calc', "'=cmd|calc", 'passed'],
      ['globex', 'Globex', 'failed'],
      ['default', '', 'skipped'],
    ]);
  });
});

describe.skipIf(skipReason !== undefined)('fleet verify tells a DNS failure from a wrong secret', () => {
  let uk: FakeMimecast;
  let dataDir: string;

  beforeAll(async () => {
    uk = await startFakeMimecast();
    dataDir = tempDataDir();
    const tenants: Array<[string, string, string]> = [
      ['Lost', 'https://tenant-gateway.invalid', FAKE_CLIENT_SECRET],
      ['Wrong', uk.baseUrl, 'not-the-secret-Mimecast-issued'],
    ];
    for (const [name, gateway, secret] of tenants) {
      const set = await cli(['credentials', 'set', '--profile', name, '--client-id', FAKE_CLIENT_ID, '--base-url', gateway, '--data-dir', dataDir], `${secret}\n`);
      expect(set.code, set.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    for (const name of ['Lost', 'Wrong']) await cli(['credentials', 'delete', '--profile', name, '--data-dir', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
    await uk.close();
  });

  it('in JSON, the CSV’s own columns and the table: failed check “token”, with the token’s code and message', async () => {
    const csv = join(dataDir, 'fleet.csv');
    const asJson = await cli(['fleet', 'verify', '--json', '--data-dir', dataDir]);
    expect(asJson.code).toBe(1);
    const results = json(asJson.stdout).results as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.profile, r.failedChecks, (r.error as { code: string } | null)?.code])).toEqual([
      ['lost', ['token'], 'dns-failure'],
      ['wrong', ['token'], 'invalid-credentials'],
    ]);
    for (const r of results) expect((r.error as { message: string }).message).toMatch(/\S/);

    const asTable = await cli(['fleet', 'verify', '--csv', csv, '--data-dir', dataDir]);
    expect(asTable.stdout).toMatch(/^Lost \(lost\)\s+https:\/\/tenant-gateway\.invalid\s+FAILED\s+token \(dns-failure\)/m);
    expect(asTable.stdout).toMatch(/^Wrong \(wrong\)\s+\S+\s+FAILED\s+token \(invalid-credentials\)/m);
    const rows: string[][] = parse(readFileSync(csv, 'utf8'), { bom: true });
    const header = rows[0]!;
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.slice(1, 3).map((r) => [r[0], cell(r, 'failed checks'), cell(r, 'error code')])).toEqual([
      ['lost', 'token', 'dns-failure'],
      ['wrong', 'token', 'invalid-credentials'],
    ]);
    expect(cell(rows[1]!, 'error message')).toBe((results[0]!.error as { message: string }).message);
  });
});
