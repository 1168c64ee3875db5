import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../../../shared/verification/checks.ts';
import { checkIds } from '../../../../../shared/verification/report.ts';
import { cli } from '../../../../helpers/cli.ts';
import { localTimeOfDay } from '../../../../../electron/cli/local-time.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, fakeScenarios, refusedBaseUrl, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { hostileEventBodies, type HostileEventBody } from '../../../../../testing/hostile-event-bodies.ts';

let fake: FakeMimecast;
let dataDir: string;
beforeAll(async () => {
  fake = await startFakeMimecast();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.configure({ answers: {}, records: {} });
  rmSync(dataDir, { recursive: true, force: true });
});

/** `verify --json` with the secret on stdin (the --client-id path needs no keychain). */
async function verify(extra: string[] = [], secret = FAKE_CLIENT_SECRET) {
  dataDir = tempDataDir('aw-verify-cli-');
  const run = await cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--json', '--data-dir', dataDir, ...extra], `${secret}\n`);
  const json = run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined;
  return { ...run, json };
}

const tokenKeys = ['ok', 'status', 'code', 'message'];
const checkKeys = ['id', 'permission', 'endpoint', 'ok', 'status', 'code', 'message', 'hint', 'events'];

describe('verify (CLI contract)', () => {
  it('all good: exit 0 and exactly the contract document, checks in order', async () => {
    const { code, json, stdout } = await verify();
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(json!)).toEqual(['ok', 'baseUrl', 'token', 'checks', 'leastPrivilege', 'warnings', 'durationMs']);
    expect(json).toMatchObject({ ok: true, baseUrl: fake.baseUrl, token: { ok: true, status: 200, code: null } });
    expect(Object.keys(json!.token as object)).toEqual(tokenKeys);
    const checks = json!.checks as Array<Record<string, unknown>>;
    expect(checks.map((c) => c.id)).toEqual([...checkIds]);
    for (const check of checks) expect(Object.keys(check)).toEqual(checkKeys);
    expect(checks[0]).toMatchObject({ permission: 'Account Menu > Logs > Read', endpoint: '/api/audit/get-audit-events', ok: true, status: 200, code: null, hint: '' });
    for (const check of checks) expect(Object.keys(check.events as object)).toEqual(['count', 'more', 'newest', 'since']);
    expect(json!.leastPrivilege).toEqual({
      ok: true,
      probes: leastPrivilegeProbeIds.map((id) => ({ endpoint: leastPrivilegeCatalog[id].endpoint, permission: leastPrivilegeCatalog[id].permission, refused: true, status: 403 })),
    });
    expect(json!.warnings).toEqual([]);
    expect(Number.isInteger(json!.durationMs)).toBe(true);
  });

  it('options may stand anywhere on the line', async () => {
    dataDir = tempDataDir('aw-verify-cli-');
    const run = await cli(['--json', '--base-url', fake.baseUrl, 'verify', '--data-dir', dataDir, '--client-id', FAKE_CLIENT_ID], `${FAKE_CLIENT_SECRET}\n`);
    expect(run.code).toBe(0);
  });

  it('a failed check: exit 1 with the permission, code and hint', async () => {
    fake.configure({ answers: { 'url-protection': { kind: 'forbidden' } } });
    const { code, json } = await verify();
    expect(code).toBe(1);
    const url = (json!.checks as Array<Record<string, unknown>>)[3]!;
    expect(url).toMatchObject({ id: 'url-protection', ok: false, status: 403, permission: 'Monitoring Menu > URL Protection > Read' });
    expect(String(url.hint)).toContain('Application Permissions');
  });

  it('an over-privileged role: exit 1, each probe not refused, a warning naming the permission to remove', async () => {
    fake.configure(fakeScenarios['over-privileged']);
    const { code, json } = await verify();
    expect(code).toBe(1);
    expect(json).toMatchObject({ ok: false, leastPrivilege: { ok: false } });
    expect((json!.checks as Array<{ ok: boolean }>).every((c) => c.ok)).toBe(true);
    const warnings = json!.warnings as Array<{ code: string; check: string | null; message: string }>;
    for (const id of leastPrivilegeProbeIds) {
      expect(warnings).toContainEqual({ code: 'over-privileged', check: null, message: expect.stringContaining(`Remove “${leastPrivilegeCatalog[id].permission}”`) as string });
    }
  });

  it.each([
    ['200 with data and "Permission granted"', { kind: 'raw', status: 200, body: JSON.stringify({ meta: { status: 200 }, data: [{ accountName: 'Example' }], fail: [], message: 'Permission granted' }) }],
    ['200 plain text "Product catalogue follows"', { kind: 'raw', status: 200, body: 'Product catalogue follows', contentType: 'text/plain' }],
    ['400 {"message":"bad product filter"}', { kind: 'raw', status: 400, body: JSON.stringify({ message: 'bad product filter' }) }],
  ] as const)('a least-privilege probe answered %s is not a refusal: exit 1, with the status it got', async (_, answer) => {
    fake.configure({ answers: { 'account-details': answer } });
    const { code, json } = await verify();
    expect(code).toBe(1);
    const probe = (json!.leastPrivilege as { ok: boolean; probes: Array<{ endpoint: string; refused: boolean; status: number }> });
    expect(probe.ok).toBe(false);
    expect(probe.probes.find((p) => p.endpoint === leastPrivilegeCatalog['account-details'].endpoint)).toMatchObject({ refused: false, status: answer.status });
    expect(json).toMatchObject({ ok: false });
  });

  it.each(Object.keys(hostileEventBodies) as HostileEventBody[])('a hostile audit-log answer (%s) gives a verdict: exit 0, a count and a newest time the report can keep', async (kind) => {
    fake.configure({ answers: { 'audit-events': { kind: 'raw', status: 200, body: hostileEventBodies[kind] } } });
    const { code, json, stdout } = await verify();
    expect(code, stdout).toBe(0);
    const audit = (json!.checks as Array<{ id: string; ok: boolean; events: { count: number; newest: string | null } }>).find((c) => c.id === 'audit-events')!;
    expect(audit.ok).toBe(true);
    expect(Number.isSafeInteger(audit.events.count)).toBe(true);
    // Plain four-digit years only, and never ahead of the run by more than a day.
    if (audit.events.newest !== null) {
      expect(audit.events.newest).toMatch(/^\d{4}-/);
      expect(Date.parse(audit.events.newest)).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    }
  });

  it('quiet logs: exit 0, events count 0 and one no-events warning per log', async () => {
    fake.configure(fakeScenarios['quiet-logs']);
    const { code, json } = await verify();
    expect(code).toBe(0);
    expect((json!.checks as Array<{ events: { count: number } }>).map((c) => c.events.count)).toEqual(checkIds.map(() => 0));
    expect((json!.warnings as Array<{ code: string; check: string }>).map((w) => [w.code, w.check])).toEqual(checkIds.map((id) => ['no-events', id]));
  });

  it('a bad secret: exit 1, token failed, checks empty, secret not echoed', async () => {
    const wrong = 'not-the-right-secret-42';
    const { code, json, stdout, stderr } = await verify([], wrong);
    expect(code).toBe(1);
    expect(json).toMatchObject({ ok: false, token: { ok: false, status: 401, code: 'invalid-credentials' }, checks: [], leastPrivilege: null, warnings: [] });
    expect(stdout + stderr).not.toContain(wrong);
  });

  it('connection refused is exit 1 with its own code', async () => {
    dataDir = tempDataDir('aw-verify-cli-');
    const run = await cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', await refusedBaseUrl(), '--json', '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, token: { code: 'connection-refused', status: null }, checks: [] });
  });

  it.each([
    ['http://gateway.example.com', 'insecure-base-url'],
    ['https://eu-api.mimecast.com', 'api-1-host'],
    ['not a url', 'invalid-base-url'],
  ])('--base-url %s is an input error (exit 2, %s), and nothing is sent', async (url, errorCode) => {
    dataDir = tempDataDir('aw-verify-cli-');
    const before = fake.requests.length;
    const run = await cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', url, '--json', '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: errorCode } });
    expect(fake.requests.length).toBe(before);
  });

  it('--client-id with an empty stdin is an input error', async () => {
    const { code, json } = await verify([], '');
    expect(code).toBe(2);
    expect(json).toMatchObject({ error: { code: 'stdin-empty' } });
  });

  it.each([
    ['abc', 'client-secret-too-short'],
    ['two words secret here', 'client-secret-invalid'],
    [FAKE_CLIENT_ID, 'credentials-identical'],
  ])('--client-id with the secret %j is an input error (%s, exit 2): nothing is sent and the value is not printed', async (secret, errorCode) => {
    const before = fake.requests.length;
    const { code, json, stdout, stderr } = await verify([], secret);
    expect(code).toBe(2);
    expect(json).toMatchObject({ error: { code: errorCode } });
    expect(fake.requests.length).toBe(before);
    if (secret !== FAKE_CLIENT_ID) expect(stdout + stderr).not.toContain(secret);
  });

  it('the secret is never taken from argv: an extra positional is refused', async () => {
    const { code } = await verify([FAKE_CLIENT_SECRET]);
    expect(code).toBe(2);
  });

  it('human output names each permission and the fix', async () => {
    fake.configure({ answers: { 'audit-events': { kind: 'app-forbidden' } } });
    dataDir = tempDataDir('aw-verify-cli-');
    const run = await cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL Account Menu > Logs > Read');
    expect(run.stdout).toContain('Fix: Edit the application');
    expect(run.stdout).toContain(`1 of ${checkIds.length} permission checks failed`);
  });

  it('human output shows each log’s recent events, the least-privilege probes and quiet logs', async () => {
    fake.configure({ records: { 'audit-events': 42, 'url-protection': 0 } });
    dataDir = tempDataDir('aw-verify-cli-');
    const run = await cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
    expect(run.code).toBe(0);
    // The local time, named (the fake's newest audit event is 09:58:12 UTC).
    expect(run.stdout).toContain(`Audit events: 42 in the last 24 hours, newest ${localTimeOfDay('2026-11-25T09:58:12Z')}`);
    expect(run.stdout).toContain('OK   Least privilege');
    expect(run.stdout).toContain(`refused ${leastPrivilegeCatalog['dlp-logs'].permission}`);
    expect(run.stdout).toContain('WARN No URL Protection logs in the last 24 hours');
  });
});

const keyringSkip = await secretServiceSkipReason();
if (keyringSkip) console.warn(`verify from the profile's stored credentials skipped: ${keyringSkip}`);

describe('verify with the profile’s stored credentials', () => {
  it('without stored credentials nothing can be verified: exit 2', async () => {
    dataDir = tempDataDir('aw-verify-cli-');
    const run = await cli(['verify', '--base-url', fake.baseUrl, '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toHaveProperty('error.code');
  });

  it('says in a command line’s words how to store them (not the app’s “Capture them first”)', async () => {
    dataDir = tempDataDir('aw-verify-cli-');
    const set = await cli(['check-ip-ranges', '--admin', '/dev/null', '--arctic-wolf', '/dev/null', '--profile', 'default', '--data-dir', dataDir]);
    expect(set.code).toBe(1);
    const run = await cli(['verify', '--data-dir', dataDir, '--profile', 'default']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^No Client ID and Secret are stored for this profile\. Store them first: mimecast-aw credentials set --client-id ID, with the Client Secret on stdin/);
    expect(run.stderr).not.toMatch(/Capture/);
  });

  it.skipIf(keyringSkip)('reads the secret from the keychain and saves the report in the profile', async () => {
    dataDir = tempDataDir('aw-verify-cli-');
    const set = await cli(['credentials', 'set', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', dataDir], `${FAKE_CLIENT_SECRET}\n`);
    expect(set.code).toBe(0);
    try {
      const run = await cli(['verify', '--json', '--data-dir', dataDir]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, baseUrl: fake.baseUrl });
      const saved = JSON.parse(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')) as { verification: { latest: { baseUrl: string } } };
      expect(saved.verification.latest.baseUrl).toBe(fake.baseUrl);
    } finally {
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    }
  });
});
