import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from '../../../../../electron/services/logging/redactor.ts';
import { runVerification, type RunProgress, type RunVerificationOptions } from '../../../../../electron/services/mimecast/run-verification.ts';
import { checkIds, verificationReportSchema } from '../../../../../shared/verification/report.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, refusedBaseUrl, startFakeMimecast, type FakeMimecast, type FakeMimecastOptions } from '../../../../fixtures/fake-mimecast.ts';

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
  it('good credentials: token and all four checks pass, in contract order, with well-formed requests', async () => {
    const { report, fake: api, progress } = await verify();
    expect(report.ok).toBe(true);
    expect(report.token).toMatchObject({ ok: true, status: 200, code: null });
    expect(report.checks.map((c) => c.id)).toEqual([...checkIds]);
    expect(report.checks.every((c) => c.ok && c.status === 200 && c.code === null)).toBe(true);
    expect(byId(report, 'url-protection')).toMatchObject({ permission: 'Monitoring Menu > URL Protection > Read', endpoint: '/api/ttp/url/get-logs' });
    expect(api.violations).toEqual([]);
    expect(api.tokensIssued).toHaveLength(1);
    expect(api.requests.filter((r) => r.route !== 'token').map((r) => r.authorization)).toEqual(Array(4).fill(`Bearer ${api.tokensIssued[0]}`));
    expect(progress.map((p) => p.kind)).toEqual(['token', 'check', 'check', 'check', 'check']);
  });

  it('sends page size 1 over a short recent window in Mimecast date format', async () => {
    const { fake: api } = await verify();
    const audit = api.requests.find((r) => r.route === 'audit-events')!;
    const body = JSON.parse(audit.body) as { meta: { pagination: { pageSize: number } }; data: Array<Record<string, string>> };
    expect(body.meta.pagination.pageSize).toBe(1);
    expect(body.data).toHaveLength(1);
    expect(body.data[0]!.startDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/);
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
    expect(row.hint).not.toContain('licence');
    expect(report.checks.filter((c) => c.ok)).toHaveLength(3);
  });

  it('app_forbidden points at the application Products', async () => {
    const { report } = await verify({ answers: { 'attachment-protection': { kind: 'app-forbidden' } } });
    const row = byId(report, 'attachment-protection');
    expect(row).toMatchObject({ ok: false, code: 'app_forbidden', fixStep: 'create-application' });
    expect(row.hint).toContain('Products');
  });

  it('all three TTP probes forbidden while audit works adds the TTP licence hint', async () => {
    const { report } = await verify({
      answers: { 'attachment-protection': { kind: 'app-forbidden' }, 'impersonation-protection': { kind: 'forbidden' }, 'url-protection': { kind: 'app-forbidden' } },
    });
    expect(byId(report, 'audit-events').ok).toBe(true);
    for (const id of ['attachment-protection', 'impersonation-protection', 'url-protection']) {
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
    expect(report.checks.filter((c) => c.ok)).toHaveLength(3);
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

  it('runs the four probes in parallel: the fake answers no probe until all four have arrived', async () => {
    // Probes sent one after another would wait on each other here and time out.
    const { report, fake: api } = await verify({ holdDataCallsUntil: 4 }, { timeoutMs: 3_000 });
    expect(report.ok).toBe(true);
    expect(api.maxConcurrentDataCalls()).toBe(4);
  });

  it('never lets the secret into the report, even when the server echoes it', async () => {
    const { report } = await verify({ answers: { 'audit-events': { kind: 'fail-200', code: 'echo', message: `bad request for ${FAKE_CLIENT_SECRET}` } } });
    expect(byId(report, 'audit-events').message).toContain(REDACTED);
    expect(JSON.stringify(report)).not.toContain(FAKE_CLIENT_SECRET);
  });
});
