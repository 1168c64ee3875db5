import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createTenantsOverview, handoffStateOf } from '../../../../../electron/services/fleet/tenants-overview.ts';
import { nodeServices } from '../../../../../testing/services.ts';

let services: ReturnType<typeof nodeServices>;
afterEach(() => rmSync(services.dataDir, { recursive: true, force: true }));

const NOW = new Date('2026-11-30T12:00:00.000Z');

describe('tenants overview', () => {
  it('one row per profile from what each profile saved: checklist, keys, gateway, expiry, window', async () => {
    services = nodeServices({ now: () => NOW });
    services.profiles.create('Acme');
    services.profiles.create('Globex');
    await services.credentials.capture('acme', { clientId: 'Mc7dQ2kfP0aZr9Tn4bXwVyL1', clientSecret: 'a-long-enough-secret-value' });
    services.verification.setGateway('acme', { kind: 'uk' });
    services.progress.update('acme', { op: 'goTo', step: 'create-role' });
    services.lifecycle.setExpiry('acme', '2026-12-10');
    services.lifecycle.reportFailure('globex');

    const { tenants, readAt } = await services.handlers['tenants.overview']();
    expect(readAt).toBe(NOW.toISOString());
    expect(tenants.map((t) => [t.id, t.active])).toEqual([['default', false], ['acme', false], ['globex', true]]);
    const acme = tenants.find((t) => t.id === 'acme')!;
    expect(acme).toMatchObject({
      credentials: { stored: true, maskedClientId: 'Mc7d…VyL1' },
      baseUrl: 'https://uk-api.services.mimecast.com',
      lastVerification: null,
      handoff: 'not-started',
      expiry: { date: '2026-12-10', daysLeft: 10 },
      window: null,
      problem: null,
    });
    expect(acme.checklist!.total).toBeGreaterThan(1);
    expect(tenants.find((t) => t.id === 'globex')!.window).toMatchObject({ state: 'open', remainingMs: 12 * 3600_000 });
    expect(JSON.stringify(tenants)).not.toContain('a-long-enough-secret-value');
  });

  it('a part that cannot be read is named in the row; the other rows are whole', async () => {
    services = nodeServices({ now: () => NOW });
    services.profiles.create('Broken');
    const overview = createTenantsOverview({
      profiles: services.profiles,
      progress: {
        view(id) {
          if (id === 'broken') throw new AppError('progress-unreadable', 'The saved checklist progress could not be read.');
          return services.progress.view(id);
        },
      },
      credentials: services.credentials,
      verification: services.verification,
      handoff: services.handoff,
      lifecycle: services.lifecycle,
      now: () => NOW,
    });
    const { tenants } = await overview.read();
    expect(tenants.find((t) => t.id === 'broken')).toMatchObject({ checklist: null, problem: 'Checklist: The saved checklist progress could not be read.' });
    expect(tenants.find((t) => t.id === 'default')).toMatchObject({ problem: null });
  });

  it('hand-off state: confirmed, a failed submission, started, or not started', () => {
    expect(handoffStateOf({}, false)).toBe('not-started');
    expect(handoffStateOf({ channel: 'portal' }, false)).toBe('in-progress');
    expect(handoffStateOf({ submission: { at: NOW.toISOString(), by: 'me', channel: 'intake', ok: false, receiptId: null, status: 500, attempts: 3, message: 'x' } }, false)).toBe('failed');
    expect(handoffStateOf({ channel: 'portal' }, true)).toBe('confirmed');
  });
});
