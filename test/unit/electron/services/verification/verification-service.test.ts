import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { createVerificationService } from '../../../../../electron/services/verification/verification-service.ts';
import type { Credentials, CredentialsService } from '../../../../../electron/services/secrets/secret-store.ts';
import type { VerificationProgress } from '../../../../../shared/verification/report.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { tempDataDir } from '../../../../../testing/services.ts';
import { hostileEventBodies, type HostileEventBody } from '../../../../../testing/hostile-event-bodies.ts';
import { checkIds } from '../../../../../shared/verification/checks.ts';

/** Just enough of the credentials port: one profile's pair, in memory. */
function fakeCredentials(stored: Record<string, Credentials>): CredentialsService {
  const unused = (): never => {
    throw new Error('not used by verification');
  };
  return {
    status: unused,
    capture: unused,
    delete: unused,
    forgetSecret: unused,
    storeInfo: unused,
    sweepOrphans: unused,
    checkReadable: unused,
    withCredentials: (profileId, use) => {
      const credentials = stored[profileId];
      if (!credentials) return Promise.reject(new AppError('no-credentials', 'No credentials are stored for this profile.'));
      return use(credentials);
    },
  };
}

let fake: FakeMimecast | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(stored: Record<string, Credentials> = { default: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET } }) {
  fake = await startFakeMimecast();
  const dataDir = tempDataDir();
  const profiles = createProfilesService({ dataDir, openStore: openConfStore });
  const logLines: string[] = [];
  const progress: VerificationProgress[] = [];
  const gates: Array<{ profileId: string; satisfied: boolean }> = [];
  const redactor = createRedactor();
  const service = createVerificationService({
    profiles,
    credentials: fakeCredentials(stored),
    redactor,
    logger: { debug() {}, info: (m, d) => logLines.push(`${m} ${JSON.stringify(d)}`), warn() {}, error() {} },
    onProgress: (p) => progress.push(p),
    reportGate: (profileId, gate) => gates.push({ profileId, satisfied: gate.satisfied }),
    client: { sleep: () => Promise.resolve(), timeoutMs: 2_000 },
  });
  return { service, profiles, progress, gates, logLines, api: fake, dataDir };
}

describe('createVerificationService', () => {
  it('defaults to the Global gateway and remembers a chosen one in the profile', async () => {
    const { service, profiles } = await setup();
    expect(service.gateway('default')).toEqual({ kind: 'global' });
    expect(service.baseUrl('default')).toBe('https://api.services.mimecast.com');
    service.setGateway('default', { kind: 'uk' });
    expect(profiles.store('default').read('verification')?.gateway).toEqual({ kind: 'uk' });
    expect(service.baseUrl('default')).toBe('https://uk-api.services.mimecast.com');
  });

  it('refuses a custom gateway the URL rules reject, with the rule’s code', async () => {
    const { service } = await setup();
    expect(() => service.setGateway('default', { kind: 'custom', baseUrl: 'https://eu-api.mimecast.com' })).toThrow(
      expect.objectContaining({ code: 'api-1-host' }) as Error,
    );
    expect(() => service.setGateway('default', { kind: 'custom', baseUrl: 'http://gateway.example.com' })).toThrow(
      expect.objectContaining({ code: 'insecure-base-url' }) as Error,
    );
    expect(service.gateway('default')).toEqual({ kind: 'global' });
  });

  const hostileEvents: Record<HostileEventBody, { count: number; more: boolean; newest: string | null }> = {
    records: { count: 150_000, more: false, newest: '2001-01-01T00:00:00.000Z' },
    nesting: { count: 1, more: false, newest: null },
    // At the plausible ceiling the count is a floor ("1000000000+").
    total: { count: 1_000_000_000, more: true, newest: '2026-11-25T09:58:12.000Z' },
    // A time no log record can have (years away) is never the newest record.
    dates: { count: 2, more: false, newest: null },
  };

  it.each(Object.keys(hostileEvents) as HostileEventBody[])('a hostile log answer (%s) still gives a verdict, and the run is recorded', async (kind) => {
    const { service, api, profiles } = await setup();
    service.setGateway('default', { kind: 'custom', baseUrl: api.baseUrl });
    api.configure({ answers: { 'audit-events': { kind: 'raw', status: 200, body: hostileEventBodies[kind] } } });
    const report = await service.run('default');
    const audit = report.checks.find((c) => c.id === 'audit-events')!;
    expect(audit.ok).toBe(true);
    expect(audit.events).toMatchObject(hostileEvents[kind]);
    expect(report.checks.filter((c) => c.id !== 'audit-events').every((c) => c.ok)).toBe(true);
    expect(profiles.store('default').read('verification')?.latest).toEqual(report);
    expect(profiles.store('default').read('verification')?.history).toHaveLength(1);
  });

  it('runs with the stored credentials against the saved gateway and saves the report with its time', async () => {
    const { service, api, progress, gates, profiles } = await setup();
    service.setGateway('default', { kind: 'custom', baseUrl: api.baseUrl });
    const report = await service.run('default');
    expect(report.ok).toBe(true);
    expect(report.baseUrl).toBe(api.baseUrl);
    expect(service.latest('default')).toEqual(report);
    expect(profiles.store('default').read('verification')).toEqual({
      gateway: { kind: 'custom', baseUrl: api.baseUrl },
      latest: report,
      // Every saved run joins the profile's history (the background re-check and the report read it).
      history: [{ ranAt: report.ranAt, source: 'app', outcome: 'passed', summary: expect.stringContaining('Audit events 1') as string }],
      recheck: {},
    });
    expect(Date.parse(report.ranAt)).not.toBeNaN();
    expect(progress.map((p) => p.kind)).toEqual(['started', 'token', ...checkIds.map(() => 'check')]);
    expect(progress.every((p) => p.profileId === 'default')).toBe(true);
    expect(gates).toEqual([{ profileId: 'default', satisfied: true }]);
  });

  it('a base URL option overrides the saved gateway for that run only: a one-off, in the history as such, never the standing', async () => {
    const { service, api, gates, profiles } = await setup();
    const report = await service.run('default', { baseUrl: api.baseUrl, source: 'cli' });
    expect(report.ok).toBe(true);
    expect(service.gateway('default')).toEqual({ kind: 'global' });
    // Not the profile's result: its saved gateway (Global) was not verified, so no latest, no gate, no streak.
    expect(service.latest('default')).toBeUndefined();
    expect(gates).toEqual([]);
    expect(profiles.store('default').read('verification')).toEqual({
      history: [{ ranAt: report.ranAt, source: 'cli', outcome: 'passed', summary: expect.any(String) as string, oneOffBaseUrl: api.baseUrl }],
    });
  });

  it('the saved gateway named as --base-url is an ordinary run, saved as the profile’s result', async () => {
    const { service, api } = await setup();
    service.setGateway('default', { kind: 'custom', baseUrl: api.baseUrl });
    const report = await service.run('default', { baseUrl: `${api.baseUrl}/` });
    expect(service.latest('default')).toEqual(report);
  });

  it('joins a run already under way instead of starting a second one', async () => {
    const { service, api } = await setup();
    const [a, b] = await Promise.all([service.run('default', { baseUrl: api.baseUrl }), service.run('default', { baseUrl: api.baseUrl })]);
    expect(a).toBe(b);
    expect(api.tokensIssued).toHaveLength(1);
  });

  it('without stored credentials it says so and saves nothing', async () => {
    const { service, api } = await setup({});
    await expect(service.run('default', { baseUrl: api.baseUrl })).rejects.toMatchObject({ code: 'no-credentials' });
    expect(service.latest('default')).toBeUndefined();
    expect(api.requests).toEqual([]);
  });

  it('a failed run is saved too, and closes the gate with the missing permission', async () => {
    const { service, api, gates } = await setup();
    service.setGateway('default', { kind: 'custom', baseUrl: api.baseUrl });
    api.configure({ answers: { 'url-protection': { kind: 'forbidden' } } });
    const report = await service.run('default');
    expect(report.ok).toBe(false);
    expect(service.latest('default')?.ok).toBe(false);
    expect(gates[0]?.satisfied).toBe(false);
  });

  it('runs with explicit credentials without saving anything', async () => {
    const { service, api } = await setup({});
    const report = await service.runWith({ clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET }, { baseUrl: api.baseUrl, profileId: 'default' });
    expect(report.ok).toBe(true);
    expect(service.latest('default')).toBeUndefined();
  });

  it('logs the outcome without the secret or the token', async () => {
    const { service, api, logLines, dataDir } = await setup();
    await service.run('default', { baseUrl: api.baseUrl });
    const logged = logLines.join('\n');
    expect(logged).toContain('verification finished');
    expect(logged).not.toContain(FAKE_CLIENT_SECRET);
    expect(logged).not.toContain(api.tokensIssued[0]);
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain(FAKE_CLIENT_SECRET);
  });
});
