import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from '../../../../../electron/services/logging/redactor.ts';
import { runVerification, VERIFY_DEADLINE_MS, type RunProgress, type RunVerificationOptions } from '../../../../../electron/services/verification/run-verification.ts';
import { EVENTS_PAGE_SIZE } from '../../../../../electron/services/verification/probes.ts';
import { checkCatalog, leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../../../shared/verification/checks.ts';
import { checkIds, verificationReportSchema } from '../../../../../shared/verification/report.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, fakeScenarios, refusedBaseUrl, startFakeMimecast, type FakeAnswer, type FakeMimecast, type FakeMimecastOptions } from '../../../../../testing/fake-mimecast.ts';

// Every case runs through the real axios client against the loopback fake; only waits are recorded, not slept.
let fake: FakeMimecast | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function verify(fakeOptions: Partial<FakeMimecastOptions> = {}, overrides: Partial<RunVerificationOptions> = {}) {
  fake = await startFakeMimecast(fakeOptions);
  const waits: number[] = [];
  const progress: RunProgress[] = [];
  const redactor = createRedactor();
  const report = await runVerification({
    baseUrl: fake.baseUrl,
    credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
    redactor,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    // Generous: only the hang tests want a timeout, and they set a short one themselves.
    timeoutMs: 5_000,
    onProgress: (p) => progress.push(p),
    ...overrides,
  });
  expect(verificationReportSchema.parse(report)).toEqual(report);
  return { report, waits, progress, fake, redactor };
}

const byId = (report: Awaited<ReturnType<typeof verify>>['report'], id: string) => report.checks.find((c) => c.id === id)!;

describe('runVerification against the fake Mimecast API', { timeout: 20_000 }, () => {
  it('good credentials: token and every check passes, in contract order, with well-formed requests', async () => {
    const { report, fake: api, progress } = await verify();
    expect(report.ok).toBe(true);
    expect(report.token).toMatchObject({ ok: true, status: 200, code: null });
    expect(report.checks.map((c) => c.id)).toEqual([...checkIds]);
    expect(report.checks.every((c) => c.ok && c.status === 200 && c.code === null)).toBe(true);
    expect(byId(report, 'url-protection')).toMatchObject({ permission: 'Monitoring Menu > URL Protection > Read', endpoint: '/api/ttp/url/get-logs' });
    expect(api.violations).toEqual([]);
    expect(api.tokensIssued).toHaveLength(1);
    const dataCalls = checkIds.length + leastPrivilegeProbeIds.length;
    expect(api.requests.filter((r) => r.route !== 'token').map((r) => r.authorization)).toEqual(Array(dataCalls).fill(`Bearer ${api.tokensIssued[0]}`));
    expect(progress.map((p) => p.kind)).toEqual(['token', ...checkIds.map(() => 'check')]);
  });

  it('asks each log for one page of its last 24 hours in Mimecast date format', async () => {
    const { fake: api } = await verify({}, { now: () => new Date('2026-11-25T10:00:00Z') });
    const audit = api.requests.find((r) => r.route === 'audit-events')!;
    const body = JSON.parse(audit.body) as { meta: { pagination: { pageSize: number } }; data: Array<Record<string, string>> };
    expect(body.meta.pagination.pageSize).toBe(EVENTS_PAGE_SIZE);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ startDateTime: '2026-11-24T10:00:00+0000', endDateTime: '2026-11-25T10:00:00+0000' });
    const url = JSON.parse(api.requests.find((r) => r.route === 'url-protection')!.body) as { data: Array<Record<string, unknown>> };
    expect(url.data[0]).toMatchObject({ route: 'all', scanResult: 'all', oldestFirst: false });
  });

  it('bad secret: 401 at the token says wrong ID/secret with the regenerate path, and no checks run', async () => {
    const { report, fake: api, redactor } = await verify({ clientSecret: 'the-real-secret-on-the-server' });
    expect(report.ok).toBe(false);
    expect(report.token).toMatchObject({ ok: false, status: 401, code: 'invalid-credentials' });
    expect(report.token.message).toContain('Manage API 2.0 credentials > Generate');
    expect(report.checks).toEqual([]);
    expect(api.requests.filter((r) => r.route !== 'token')).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(FAKE_CLIENT_SECRET);
    expect(redactor.redact(`x ${FAKE_CLIENT_SECRET}`)).toBe(`x ${REDACTED}`);
  });

  it('one permission missing: 403 names that permission as the console does and links to the role step', async () => {
    const { report } = await verify({ answers: { 'impersonation-protection': { kind: 'forbidden' } } });
    expect(report.ok).toBe(false);
    const row = byId(report, 'impersonation-protection');
    expect(row).toMatchObject({ ok: false, status: 403, fixStep: 'create-role' });
    expect(row.message).toContain('Monitoring Menu > Impersonation Protection Logs > Read');
    expect(row.hint).toContain('Application Permissions');
    // The role comes first in the fix; the licence only after the role and the Products.
    expect(row.hint).toMatch(/^First the role:/);
    expect(report.checks.filter((c) => c.ok)).toHaveLength(checkIds.length - 1);
  });

  it('app_forbidden points at the application Products', async () => {
    const { report } = await verify({ answers: { 'attachment-protection': { kind: 'app-forbidden' } } });
    const row = byId(report, 'attachment-protection');
    expect(row).toMatchObject({ ok: false, code: 'app_forbidden', fixStep: 'create-application' });
    expect(row.hint).toContain('Products');
  });

  it('every TTP probe forbidden while audit works adds the TTP licence hint', async () => {
    // Refused both ways Mimecast refuses: the Products (app_forbidden) and the role (forbidden).
    const ttpIds = checkIds.filter((id) => checkCatalog[id].ttpModule !== null);
    const { report } = await verify({ answers: Object.fromEntries(ttpIds.map((id, i) => [id, { kind: i % 2 === 0 ? 'app-forbidden' : 'forbidden' } as const])) });
    expect(byId(report, 'audit-events').ok).toBe(true);
    for (const id of ttpIds) {
      expect(byId(report, id).hint).toContain('Targeted Threat Protection (TTP) licence');
    }
    expect(byId(report, 'audit-events').hint).toBe('');
  });

  it('HTTP 200 with a fail entry is a failure carrying the first error code and message', async () => {
    const { report } = await verify({ answers: { 'audit-events': { kind: 'fail-200', code: 'err_validation_date', message: 'The date range is not valid' } } });
    const row = byId(report, 'audit-events');
    expect(row).toMatchObject({ ok: false, status: 200, code: 'err_validation_date' });
    expect(row.message).toContain('The date range is not valid');
    expect(report.ok).toBe(false);
  });

  it('token expiring mid-run: one fresh token (shared by the parallel probes), each call retried once', async () => {
    const { report, fake: api } = await verify({ expireFirstTokens: 1 });
    expect(report.ok).toBe(true);
    expect(api.tokensIssued).toHaveLength(2);
    expect(api.requests.filter((r) => r.route === 'url-protection')).toHaveLength(2);
  });

  it('a token that keeps being rejected is reported after one refresh, not retried forever', async () => {
    const { report, fake: api } = await verify({ answers: { 'audit-events': { kind: 'token-expired' } } });
    expect(byId(report, 'audit-events')).toMatchObject({ ok: false, status: 401, code: 'token_expired', fixStep: 'capture-keys' });
    expect(api.requests.filter((r) => r.route === 'audit-events')).toHaveLength(2);
  });

  it.each([
    ['X-RateLimit-Reset', '1500', 1500],
    ['x-rate-limit-reset', '2500', 2500],
    ['Retry-After', '3', 3000],
    ['X-RateLimit-Reset', '600000', 10_000],
  ])('429 with %s: %s waits %i ms (capped), then succeeds', async (header, value, expected) => {
    const { report, waits } = await verify({ answers: { 'url-protection': [{ kind: 'rate-limited', header, value }] } });
    expect(report.ok).toBe(true);
    expect(waits).toEqual([expected]);
  });

  it('429 that persists is retried a bounded number of times, then reported as rate-limited', async () => {
    const limited = { kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '4000' } as const;
    const { report, waits, fake: api } = await verify({ answers: { 'audit-events': limited } });
    expect(byId(report, 'audit-events')).toMatchObject({ ok: false, status: 429, code: 'rate-limited' });
    expect(byId(report, 'audit-events').message).toContain('Wait about 4 seconds');
    expect(waits).toEqual([4000, 4000]);
    expect(api.requests.filter((r) => r.route === 'audit-events')).toHaveLength(3);
  });

  it('429 on the token request is honoured too', async () => {
    const { report, waits } = await verify({ answers: { token: [{ kind: 'rate-limited', header: 'Retry-After', value: '1' }] } });
    expect(report.ok).toBe(true);
    expect(waits).toEqual([1000]);
  });

  it('5xx then success: retried with growing backoff', async () => {
    const { report, waits } = await verify({ answers: { 'attachment-protection': [{ kind: 'server-error', status: 502 }, { kind: 'server-error' }] } });
    expect(report.ok).toBe(true);
    expect(waits).toEqual([500, 1000]);
  });

  it('5xx that persists is reported as a server error after bounded retries', async () => {
    const { report, fake: api } = await verify({ answers: { token: { kind: 'server-error', status: 500 } } });
    expect(report.token).toMatchObject({ ok: false, status: 500, code: 'server-error' });
    expect(api.requests.filter((r) => r.route === 'token')).toHaveLength(3);
  });

  it('a probe that hangs past the timeout is reported as timeout; the others still report', async () => {
    const { report } = await verify({ answers: { 'url-protection': { kind: 'hang' } } }, { timeoutMs: 1_000 });
    expect(byId(report, 'url-protection')).toMatchObject({ ok: false, status: null, code: 'timeout' });
    expect(byId(report, 'url-protection').message).toContain('did not finish answering within 1 second,');
    expect(report.checks.filter((c) => c.ok)).toHaveLength(checkIds.length - 1);
  });

  it('a token request that hangs is a timeout at the token row', async () => {
    const { report } = await verify({ answers: { token: { kind: 'hang' } } }, { timeoutMs: 1_000 });
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'timeout' });
    expect(report.checks).toEqual([]);
  });

  it('connection refused has its own code', async () => {
    const baseUrl = await refusedBaseUrl();
    const report = await runVerification({
      baseUrl,
      credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
      redactor: createRedactor(),
      sleep: () => Promise.resolve(),
    });
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'connection-refused' });
    expect(report.token.message).toContain('refused the connection');
  });

  it('a DNS failure has its own code and names the host', async () => {
    const report = await runVerification({
      baseUrl: 'https://gateway.example.invalid',
      credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
      redactor: createRedactor(),
      sleep: () => Promise.resolve(),
      lookup: (_host, _options, callback) => callback(Object.assign(new Error('getaddrinfo ENOTFOUND gateway.example.invalid'), { code: 'ENOTFOUND' }), []),
    });
    expect(report.token).toMatchObject({ ok: false, code: 'dns-failure' });
    expect(report.token.message).toContain('gateway.example.invalid');
  });

  it('runs the log probes and the least-privilege probes in one parallel round: the fake answers none until all have arrived', async () => {
    // Probes sent one after another would wait on each other here and time out.
    const all = checkIds.length + leastPrivilegeProbeIds.length;
    const { report, fake: api } = await verify({ holdDataCallsUntil: all }, { timeoutMs: 3_000 });
    expect(report.ok).toBe(true);
    expect(api.maxConcurrentDataCalls()).toBe(all);
  });

  it('never lets the secret into the report, even when the server echoes it', async () => {
    const { report } = await verify({ answers: { 'audit-events': { kind: 'fail-200', code: 'echo', message: `bad request for ${FAKE_CLIENT_SECRET}` } } });
    expect(byId(report, 'audit-events').message).toContain(REDACTED);
    expect(JSON.stringify(report)).not.toContain(FAKE_CLIENT_SECRET);
  });

  /** A run against a fake set up after it has its address (the token or secret names the gateway's host:port). */
  async function verifyAgainst(setUp: (baseUrl: string) => Partial<FakeMimecastOptions>) {
    fake = await startFakeMimecast();
    const options = setUp(fake.baseUrl);
    fake.configure(options);
    const report = await runVerification({
      baseUrl: fake.baseUrl,
      credentials: { clientId: FAKE_CLIENT_ID, clientSecret: options.clientSecret ?? FAKE_CLIENT_SECRET },
      redactor: createRedactor(),
      sleep: () => Promise.resolve(),
      timeoutMs: 5_000,
    });
    expect(verificationReportSchema.parse(report)).toEqual(report);
    return report;
  }

  it.each([
    ['data', () => 'data'],
    ['the gateway’s own host:port', (baseUrl: string) => new URL(baseUrl).host],
    ['20 characters around the gateway’s host', (baseUrl: string) => `Zq${new URL(baseUrl).host}Wk`],
    ['one letter repeated', () => 'a'.repeat(40)],
    ['characters no bearer token has', () => 'Zq9 Wk7<Tr4>Lp2"Mn5Xc8'],
  ])('a token too plain to be real (%s) is refused, not registered, and the gateway is reported intact', async (_, chooseToken) => {
    const report = await verifyAgainst((baseUrl) => ({ accessToken: chooseToken(baseUrl) }));
    expect(report.token).toMatchObject({ ok: false, status: 200, code: 'token-implausible' });
    expect(report.token.message).toContain(fake!.baseUrl);
    expect(report.checks).toEqual([]);
    expect(report.baseUrl).toBe(fake!.baseUrl);
    expect(JSON.stringify(report)).not.toContain(REDACTED);
  });

  it('redaction never rewrites what the product reports itself: a secret holding the gateway’s host:port and a path leaves both intact', async () => {
    const report = await verifyAgainst((baseUrl) => ({ clientSecret: `s3cr3t-${new URL(baseUrl).host}/api/ttp/url/get-logs` }));
    expect(report.token.ok).toBe(true);
    expect(report.baseUrl).toBe(fake!.baseUrl);
    expect(report.checks.map((c) => c.endpoint)).toContain('/api/ttp/url/get-logs');
    expect(report.leastPrivilege!.probes.map((p) => p.endpoint)).toEqual(leastPrivilegeProbeIds.map((id) => leastPrivilegeCatalog[id].endpoint));
  });

  it('a correctly scoped role: every least-privilege probe is refused, so least privilege is proved', async () => {
    const { report, fake: api } = await verify();
    expect(report.leastPrivilege).toEqual({
      ok: true,
      probes: leastPrivilegeProbeIds.map((id) => expect.objectContaining({ id, endpoint: leastPrivilegeCatalog[id].endpoint, permission: leastPrivilegeCatalog[id].permission, refused: true, status: 403, outcome: 'refused' }) as unknown),
    });
    expect(report.warnings).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it('an over-privileged role: each readable endpoint names the permission to remove, and the run fails', async () => {
    const { report } = await verify(fakeScenarios['over-privileged']);
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.leastPrivilege?.ok).toBe(false);
    for (const id of leastPrivilegeProbeIds) {
      const probe = report.leastPrivilege!.probes.find((p) => p.id === id)!;
      expect(probe).toMatchObject({ refused: false, status: 200, outcome: 'allowed' });
      expect(probe.message).toContain(`clear “${leastPrivilegeCatalog[id].permission}”`);
    }
    expect(report.warnings.filter((w) => w.code === 'over-privileged').map((w) => w.message)).toEqual(
      leastPrivilegeProbeIds.map((id) => expect.stringContaining(`Remove “${leastPrivilegeCatalog[id].permission}”`) as string),
    );
  });

  it('a permission refusal that arrives as HTTP 200 with a fail entry counts as refused', async () => {
    // The first probe says no inside an HTTP 200, the others with a 403: both shapes are refusals.
    const inside200 = leastPrivilegeProbeIds[0];
    const refusal = (id: string): FakeAnswer => (id === inside200 ? { kind: 'fail-200', code: 'forbidden', message: 'Access denied' } : { kind: 'app-forbidden' });
    const { report } = await verify({ answers: Object.fromEntries(leastPrivilegeProbeIds.map((id) => [id, refusal(id)])) });
    expect(report.leastPrivilege).toMatchObject({ ok: true });
    expect(report.leastPrivilege!.probes.map((p) => [p.id, p.status, p.refused])).toEqual(leastPrivilegeProbeIds.map((id) => [id, id === inside200 ? 200 : 403, true]));
  });

  it('a least-privilege probe with no clear answer is unproven: not a pass, and said so', async () => {
    const { report } = await verify({ answers: { 'account-details': { kind: 'server-error', status: 503 } } });
    const probe = report.leastPrivilege!.probes.find((p) => p.id === 'account-details')!;
    expect(probe).toMatchObject({ refused: false, status: 503, outcome: 'unproven' });
    expect(report.ok).toBe(false);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'least-privilege-unproven', check: null })]);
  });

  it('counts each log’s recent events from the same call: total, more, newest, since', async () => {
    const ranAt = new Date('2026-11-25T10:00:00Z');
    const { report, fake: api } = await verify({ records: { 'audit-events': 42, 'url-protection': EVENTS_PAGE_SIZE + 5 } }, { now: () => ranAt });
    expect(byId(report, 'audit-events').events).toEqual({ count: 42, more: false, newest: '2026-11-25T09:58:12.000Z', since: '2026-11-24T10:00:00.000Z' });
    expect(byId(report, 'url-protection').events).toMatchObject({ count: EVENTS_PAGE_SIZE + 5, more: true, newest: '2026-11-25T09:12:44.000Z' });
    expect(byId(report, 'attachment-protection').events).toMatchObject({ count: 1, more: false, newest: '2026-11-25T09:41:02.000Z' });
    // Counted from the probe calls themselves: no extra request.
    expect(api.requests.filter((r) => r.route === 'audit-events')).toHaveLength(1);
    expect(report.warnings).toEqual([]);
  });

  it('quiet logs: one no-events warning per empty log, naming the likely causes, and the run still passes', async () => {
    const { report } = await verify(fakeScenarios['quiet-logs']);
    expect(report.ok).toBe(true);
    expect(report.checks.every((c) => c.events?.count === 0 && c.events.newest === null && !c.events.more)).toBe(true);
    const quiet = report.warnings.filter((w) => w.code === 'no-events');
    expect(quiet.map((w) => w.check)).toEqual([...checkIds]);
    const url = quiet.find((w) => w.check === 'url-protection')!.message;
    expect(url).toContain('no traffic yet');
    expect(url).toContain('URL Protect module is not licensed');
    expect(url).toContain('no URL Protection policy');
  });

  it('a module without licence: that log alone says the module is not licensed, not a missing permission', async () => {
    const { report } = await verify(fakeScenarios['url-protect-unlicensed']);
    const url = byId(report, 'url-protection');
    expect(url).toMatchObject({ ok: false, status: 403, code: 'module-not-licensed', cause: 'licence', events: null });
    expect(url.message).toContain('not licensed for URL Protect');
    expect(url.hint).toContain('will not help');
    expect(report.checks.filter((c) => c.id !== 'url-protection').every((c) => c.ok && c.cause === undefined)).toBe(true);
  });

  it('a plain 403 on a TTP log says both causes: the permission, or the module’s licence', async () => {
    const { report } = await verify({ answers: { 'impersonation-protection': { kind: 'forbidden' } } });
    const imp = byId(report, 'impersonation-protection');
    expect(imp).toMatchObject({ ok: false, status: 403, cause: 'permission-or-licence' });
    expect(imp.message).toContain('Impersonation Protect licence');
    expect(imp.hint).toContain('Impersonation Protection Logs > Read');
    expect(imp.hint).toContain('confirm the Impersonation Protect licence');
    // The audit log has no module: a 403 there is the permission alone.
    const { report: audit } = await verify({ answers: { 'audit-events': { kind: 'forbidden' } } });
    expect(byId(audit, 'audit-events')).toMatchObject({ cause: 'permission' });
    expect(byId(audit, 'audit-events').message).not.toContain('licence');
  });
});

/** One verification has one budget for all its requests and retries, whatever each request's own deadline is. */
async function runWithDeadline(answers: FakeMimecastOptions['answers'], runDeadlineMs: number) {
  fake = await startFakeMimecast({ answers });
  const waits: number[] = [];
  const report = await runVerification({
    baseUrl: fake.baseUrl,
    credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
    redactor: createRedactor(),
    timeoutMs: 30_000,
    runDeadlineMs,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { report, waits };
}

describe('the verification deadline', () => {
  it('leaves a margin under the 45 seconds one verify may take', () => {
    expect(VERIFY_DEADLINE_MS).toBeLessThan(45_000);
  });

  it('a hanging token request is stopped at the run deadline, not at its own longer one', async () => {
    const { report } = await runWithDeadline({ token: { kind: 'hang' } }, 500);
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'timeout' });
    // What was left of the 0.5 s when the request started (the client's set-up takes a little of it).
    expect(report.token.message).toMatch(/did not finish answering within 0\.[1-5] seconds/);
  });

  it('no retry starts that the deadline could not wait for: the rate limit is reported instead', async () => {
    const { report, waits } = await runWithDeadline({ token: { kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '5000' } }, 3_000);
    expect(waits).toEqual([]);
    expect(report.token).toMatchObject({ ok: false, status: 429, code: 'rate-limited' });
  });
});
