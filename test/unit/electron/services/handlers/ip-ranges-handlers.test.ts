import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Adapters } from '../../../../../electron/services/compose.ts';
import { MSP_ACKNOWLEDGEMENT_PHRASE } from '../../../../../shared/ip-ranges/profile-section.ts';
import { nodeServices, tempDataDir } from '../../../../../testing/services.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function services(extra: Partial<Adapters> = {}) {
  const app = nodeServices({ dataDir: tempDataDir('aw-ipr-h-'), ...extra });
  dirs.push(app.dataDir);
  return app;
}

const AW = '45.60.0.0/24';

describe('ipRanges.* over the router', () => {
  it('a caution list closes the checklist gate; the typed acknowledgement opens it', async () => {
    const { router } = services();
    await router.dispatch('progress.update', { profileId: 'default', patch: { op: 'choose', choice: 'admin-ip-plan', value: 'set' } });

    const saved = await router.dispatch('ipRanges.save', { profileId: 'default', adminText: AW, arcticWolfText: AW, currentIp: '' });
    expect(saved).toMatchObject({ ok: true, value: { blocked: 'caution', result: { verdict: 'caution' } } });
    const gate = async () => {
      const view = await router.dispatch('progress.get', { profileId: 'default' });
      return view.ok ? (view.value as { progress: { gates: Record<string, { satisfied: boolean }> } }).progress.gates['ip-ranges-check'] : undefined;
    };
    expect(await gate()).toMatchObject({ satisfied: false });

    expect(await router.dispatch('ipRanges.acknowledge', { profileId: 'default', text: 'sure' })).toMatchObject({ ok: false, error: { code: 'acknowledgement-mismatch' } });
    expect(await router.dispatch('ipRanges.acknowledge', { profileId: 'default', text: MSP_ACKNOWLEDGEMENT_PHRASE })).toMatchObject({ ok: true, value: { acknowledged: true, blocked: null } });
    expect(await gate()).toMatchObject({ satisfied: true });
  });

  it('saves the largest list the contract allows and answers a bounded result with verdict invalid (no RangeError)', async () => {
    const { router } = services();
    // 1,000,000 characters of the shortest entries: 500,000 one-digit lines that are no address at all.
    const junk = '1\n'.repeat(500_000);
    const saved = await router.dispatch('ipRanges.save', { profileId: 'default', adminText: junk, arcticWolfText: AW, currentIp: '' });
    expect(saved).toMatchObject({ ok: true, value: { blocked: 'invalid', result: { verdict: 'invalid' } } });
    const errors = (saved as { value: { result: { errors: unknown[] } } }).value.result.errors;
    expect(errors.length).toBeLessThanOrEqual(101);
    const many = Array.from({ length: 80_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`).join('\n');
    const big = await router.dispatch('ipRanges.save', { profileId: 'default', adminText: many, arcticWolfText: AW, currentIp: '' });
    expect(big).toMatchObject({ ok: true, value: { result: { verdict: 'invalid', errors: [{ message: expect.stringMatching(/more than 20,000 entries/) as string }] } } });
  }, 60_000); // megabyte-sized requests through zod and the store: seconds on a loaded machine, not a benchmark

  it('refuses a request outside the contract', async () => {
    const { router } = services();
    expect(await router.dispatch('ipRanges.save', { profileId: 'default', adminText: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await router.dispatch('ipRanges.save', { profileId: 'default', adminText: 'x'.repeat(1_000_001), arcticWolfText: '', currentIp: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('copies through the clipboard adapter, and says so when there is none', async () => {
    const written: string[] = [];
    const withClipboard = services({ clipboard: { writeText: (t) => void written.push(t), readText: () => written.at(-1) ?? '', clear: () => {} } });
    await withClipboard.router.dispatch('ipRanges.save', { profileId: 'default', adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '' });
    expect(await withClipboard.router.dispatch('ipRanges.copyAdminRanges', { profileId: 'default' })).toEqual({ ok: true, value: { copied: 1 } });
    expect(written).toEqual(['81.2.69.0/24']);

    const without = services();
    await without.router.dispatch('ipRanges.save', { profileId: 'default', adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '' });
    expect(await without.router.dispatch('ipRanges.copyAdminRanges', { profileId: 'default' })).toMatchObject({ ok: false, error: { code: 'clipboard-unavailable' } });
  });
});
