import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFleetService, type FleetTenantUpdate } from '../../../../../electron/services/fleet/fleet-service.ts';
import { nodeServices } from '../../../../../testing/services.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { hostileEventBodies } from '../../../../../testing/hostile-event-bodies.ts';

// Real services (conf stores on a temp folder, memory secret store) against loopback fake gateways: one per region,
// so each tenant's result proves which gateway it was verified on.
let uk: FakeMimecast;
let us: FakeMimecast;
beforeAll(async () => {
  [uk, us] = await Promise.all([startFakeMimecast(), startFakeMimecast()]);
});
afterAll(async () => {
  await Promise.all([uk.close(), us.close()]);
});

let services: ReturnType<typeof nodeServices>;
afterEach(() => {
  uk.configure({ answers: {} });
  us.configure({ answers: {} });
  rmSync(services.dataDir, { recursive: true, force: true });
});

/** Profiles named as given; those with a gateway get the fake's keys stored and that gateway saved. */
async function tenants(spec: Record<string, FakeMimecast | null>) {
  services = nodeServices();
  for (const [name, gateway] of Object.entries(spec)) {
    services.profiles.create(name);
    const id = services.profiles.resolve(name)!.id;
    if (!gateway) continue;
    await services.credentials.capture(id, { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    services.verification.setGateway(id, { kind: 'custom', baseUrl: gateway.baseUrl });
  }
  return services;
}

/** A back-off timer the test ends by hand. */
function manualDelay() {
  const pending: Array<{ ms: number; finish: () => void }> = [];
  return {
    pending,
    delay: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ ms, finish: resolve });
        signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      }),
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 500 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('fleet service', () => {
  it('a tenant whose log answer is hostile (150,000 records, deep nesting, a 1e300 total, impossible dates) gets a verdict, not an error', async () => {
    const s = await tenants({ Acme: uk, Globex: uk, Initech: uk, Umbrella: uk });
    // One hostile answer per tenant, in the order their audit-log calls arrive.
    uk.configure({ answers: { 'audit-events': Object.values(hostileEventBodies).map((body) => ({ kind: 'raw' as const, status: 200, body })) } });
    const run = await s.fleet.verify();
    expect(run.results.map((r) => [r.profile, r.ok, r.error])).toEqual([
      ['acme', true, null],
      ['globex', true, null],
      ['initech', true, null],
      ['umbrella', true, null],
    ]);
    for (const id of ['acme', 'globex', 'initech', 'umbrella']) expect(s.verification.latest(id)?.ok).toBe(true);
  });

  it('verifies each tenant with credentials on its own saved gateway; the others are skipped', async () => {
    const s = await tenants({ Acme: uk, Globex: us, Hooli: null });
    us.configure({ answers: { 'url-protection': { kind: 'forbidden' } } });
    const run = await s.fleet.verify();

    expect(run.results.map((r) => r.profile)).toEqual(['acme', 'globex']);
    expect(run.skipped).toEqual(['default', 'hooli']);
    expect(run).toMatchObject({ ok: false, total: 2, passed: 1, failed: 1, cancelled: [] });
    expect(run.results[0]).toMatchObject({ name: 'Acme', ok: true, baseUrl: uk.baseUrl, failedChecks: [], error: null });
    expect(run.results[1]).toMatchObject({ name: 'Globex', ok: false, baseUrl: us.baseUrl, failedChecks: ['url-protection'], error: null });
    // Saved in each profile exactly as a single verification is: the tenants view and the checklist read it.
    expect(s.verification.latest('acme')?.ok).toBe(true);
    expect(s.verification.latest('globex')?.ok).toBe(false);
    expect(uk.violations).toEqual([]);
  });

  it('no token: failed check “token”, and the token’s own code and message say why (a wrong secret is not a DNS failure)', async () => {
    const s = await tenants({ Acme: uk, Lost: uk });
    await s.credentials.capture('acme', { clientId: FAKE_CLIENT_ID, clientSecret: 'an-old-revoked-secret-value' });
    // A gateway whose name does not resolve (.invalid never does).
    s.verification.setGateway('lost', { kind: 'custom', baseUrl: 'https://tenant-gateway.invalid' });
    const run = await s.fleet.verify();
    expect(run.results[0]).toMatchObject({ profile: 'acme', ok: false, failedChecks: ['token'], error: { code: 'invalid-credentials', message: expect.stringMatching(/\S/) as unknown } });
    expect(run.results[1]).toMatchObject({ profile: 'lost', ok: false, failedChecks: ['token'], error: { code: 'dns-failure', message: expect.stringContaining('tenant-gateway.invalid') as unknown } });
    expect(run.results[0]!.error!.message).toBe(s.verification.latest('acme')!.token.message);
  });

  it('records each tenant’s run as from whoever asked: the CLI’s fleet verify says “cli”, the app’s Verify all “app”', async () => {
    const s = await tenants({ Acme: uk });
    await s.fleet.verify({ source: 'cli' });
    await s.fleet.verify();
    const history = s.profiles.store('acme').read('verification')?.history ?? [];
    expect(history.map((h) => h.source)).toEqual(['cli', 'app']);
  });

  it('--profiles picks by id or name, in profile-id order; an unknown one is refused before anything runs', async () => {
    const s = await tenants({ Zeta: uk, Acme: uk, Globex: us });
    const run = await s.fleet.verify({ profiles: ['zeta', 'ACME'] });
    expect(run.results.map((r) => r.profile)).toEqual(['acme', 'zeta']);
    expect(run.skipped).toEqual([]);
    const requests = uk.requests.length;
    await expect(s.fleet.verify({ profiles: ['acme', 'nobody'] })).rejects.toMatchObject({ code: 'profile-not-found', message: expect.stringContaining('“nobody”') as unknown });
    expect(uk.requests.length).toBe(requests);
  });

  it('a tenant that cannot be verified gets an error row; the rest still run', async () => {
    const s = await tenants({ Acme: uk, Broken: uk });
    // A saved gateway the rules refuse (the file was edited by hand, or the rules got stricter).
    const store = s.profiles.store('broken');
    store.write('verification', { ...store.read('verification'), gateway: { kind: 'custom', baseUrl: 'http://gateway.example.com' } });
    const run = await s.fleet.verify();
    expect(run.results[0]).toMatchObject({ profile: 'acme', ok: true });
    expect(run.results[1]).toMatchObject({ profile: 'broken', ok: false, failedChecks: [], baseUrl: '', error: { code: 'insecure-base-url' } });
  });

  it('one tenant’s 429 slows that tenant only: with one slot, the others finish while it backs off', async () => {
    const s = await tenants({ Acme: uk, Globex: us, Initech: us });
    uk.configure({ answers: { token: [{ kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '7000' }] } });
    const { pending, delay } = manualDelay();
    const fleet = createFleetService({ profiles: s.profiles, credentials: s.credentials, verification: s.verification, delay });
    const updates: FleetTenantUpdate[] = [];
    const running = fleet.verify({ concurrency: 1, onUpdate: (u) => updates.push(u) });

    await until(() => updates.filter((u) => u.state === 'passed').length === 2);
    expect(pending.map((p) => p.ms)).toEqual([7000]); // Acme is waiting the time Mimecast asked for…
    expect(updates.find((u) => u.profileId === 'acme' && u.state === 'waiting')).toMatchObject({ waitMs: 7000 });
    expect(updates.filter((u) => u.state === 'passed').map((u) => u.profileId)).toEqual(['globex', 'initech']); // …while the others finished
    pending[0]!.finish();
    const run = await running;
    expect(run).toMatchObject({ ok: true, passed: 3 });
    expect(updates.at(-1)).toMatchObject({ profileId: 'acme', state: 'passed', done: 3, total: 3 });
  });

  it('at most N tenants are verified at the same time', async () => {
    const names = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Tenant ${i + 1}`, uk]));
    const s = await tenants(names);
    let open = 0;
    let peak = 0;
    const fleet = createFleetService({
      profiles: s.profiles,
      credentials: s.credentials,
      verification: {
        baseUrl: (id) => s.verification.baseUrl(id),
        async run(id, options) {
          open += 1;
          peak = Math.max(peak, open);
          try {
            return await s.verification.run(id, options);
          } finally {
            open -= 1;
          }
        },
      },
    });
    const run = await fleet.verify({ concurrency: 3 });
    expect(run.passed).toBe(9);
    expect(peak).toBe(3);
  });

  it('cancelling: tenants not yet started are reported cancelled and nothing more is sent for them', async () => {
    const s = await tenants({ Acme: uk, Globex: uk, Initech: uk });
    uk.configure({ answers: { 'audit-events': { kind: 'held' } } });
    const controller = new AbortController();
    const updates: FleetTenantUpdate[] = [];
    const before = uk.requests.length;
    const tokensBefore = uk.tokensIssued.length;
    const running = s.fleet.verify({ concurrency: 1, signal: controller.signal, onUpdate: (u) => updates.push(u) });
    await until(() => uk.requests.slice(before).some((r) => r.route === 'audit-events'));
    controller.abort();
    uk.release();
    const run = await running;
    expect(run.results.map((r) => [r.profile, r.ok, r.error?.code ?? null])).toEqual([
      ['acme', true, null],
      ['globex', false, 'cancelled'],
      ['initech', false, 'cancelled'],
    ]);
    expect(run.cancelled).toEqual(['globex', 'initech']);
    expect(updates.filter((u) => u.state === 'cancelled').map((u) => u.profileId)).toEqual(['globex', 'initech']);
    expect(uk.tokensIssued.length - tokensBefore).toBe(1);
  });

  it('nothing to verify is not a pass', async () => {
    const s = await tenants({ Acme: null });
    expect(await s.fleet.verify()).toMatchObject({ ok: false, total: 0, results: [], skipped: ['acme', 'default'] });
  });

  it('plan() refuses unknown profiles with profile-not-found', async () => {
    const s = await tenants({});
    await expect(s.fleet.plan(['x'])).rejects.toMatchObject({ code: 'profile-not-found' });
  });
});
