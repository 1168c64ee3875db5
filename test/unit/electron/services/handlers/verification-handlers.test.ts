import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../../../shared/ipc/contract.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { nodeServices } from '../../../../../testing/services.ts';
import { checkIds } from '../../../../../shared/verification/checks.ts';

let fake: FakeMimecast | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup() {
  fake = await startFakeMimecast();
  const events: Array<{ event: EventName; payload: unknown }> = [];
  const services = nodeServices({ emit: (event, payload) => void events.push({ event, payload }), mimecast: { sleep: () => Promise.resolve(), timeoutMs: 2_000 } });
  return { ...services, services, events, api: fake };
}

describe('verification.* over the router', () => {
  it('state starts at the Global gateway with no report', async () => {
    const { router } = await setup();
    expect(await router.dispatch('verification.state', { profileId: 'default' })).toEqual({
      ok: true,
      value: { gateway: { kind: 'global' }, baseUrl: 'https://api.services.mimecast.com', latest: null, keysReplacedSince: false },
    });
  });

  it('setGateway refuses an API 1.0 host with its own code and message', async () => {
    const { router } = await setup();
    const result = await router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: 'https://eu-api.mimecast.com' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'api-1-host' } });
  });

  it('run without stored credentials answers no-credentials', async () => {
    const { router } = await setup();
    expect(await router.dispatch('verification.run', { profileId: 'default' })).toMatchObject({ ok: false, error: { code: 'no-credentials' } });
  });

  it('run verifies the stored pair, pushes progress, saves the report and never returns the secret', async () => {
    const { router, events, api, services } = await setup();
    await router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    await router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: api.baseUrl } });
    const run = await router.dispatch('verification.run', { profileId: 'default' });
    expect(run).toMatchObject({ ok: true, value: { ok: true, baseUrl: api.baseUrl } });
    const state = await router.dispatch('verification.state', { profileId: 'default' });
    expect(state).toMatchObject({ ok: true, value: { latest: { ok: true }, keysReplacedSince: false } });
    const progress = events.filter((e) => e.event === 'verification.progress').map((e) => (e.payload as { kind: string }).kind);
    expect(progress).toEqual(['started', 'token', ...checkIds.map(() => 'check')]);
    expect(JSON.stringify([run, state, events])).not.toContain(FAKE_CLIENT_SECRET);
    expect(services.logLines.join('\n')).not.toContain(FAKE_CLIENT_SECRET);
  });

  it('says when the keys were replaced after the last run', async () => {
    let clock = Date.parse('2026-11-25T10:00:00Z');
    fake = await startFakeMimecast();
    const api = fake;
    const { router } = nodeServices({ now: () => new Date((clock += 1000)), mimecast: { sleep: () => Promise.resolve(), timeoutMs: 2_000 } });
    await router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    await router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: api.baseUrl } });
    await router.dispatch('verification.run', { profileId: 'default' });
    expect(await router.dispatch('verification.state', { profileId: 'default' })).toMatchObject({ ok: true, value: { keysReplacedSince: false } });
    await router.dispatch('credentials.capture', { profileId: 'default', clientId: 'another-client-id', clientSecret: 'another-client-secret' });
    expect(await router.dispatch('verification.state', { profileId: 'default' })).toMatchObject({ ok: true, value: { latest: { ok: true }, keysReplacedSince: true } });
  });
});
