import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIpRangesService } from '../../../../../electron/services/ip-ranges/ip-ranges-service.ts';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { MSP_ACKNOWLEDGEMENT_PHRASE } from '../../../../../shared/ip-ranges/profile-section.ts';
import { codeOf } from '../../../../helpers/app-error.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const AW = '45.60.0.0/24\n45.60.1.0/24';
const T0 = new Date('2026-11-25T15:00:00.000Z');

function setup(options: { clipboard?: boolean } = {}) {
  const dataDir = tempDataDir('aw-ipr-');
  dirs.push(dataDir);
  const profiles = createProfilesService({ dataDir, openStore: openConfStore, now: () => T0 });
  const gates: Array<{ profileId: string; satisfied: boolean; reason?: string }> = [];
  const copied: string[] = [];
  const service = createIpRangesService({
    profiles,
    now: () => T0,
    reportGate: (profileId, gate) => gates.push({ profileId, ...gate }),
    ...(options.clipboard === false ? {} : { copyText: (text: string) => copied.push(text) }),
  });
  return { dataDir, profiles, service, gates, copied };
}

describe('the IP ranges service', () => {
  it('loads nothing for a fresh profile', () => {
    expect(setup().service.load()).toEqual({ section: null, result: null, currentIpError: null, blocked: null, acknowledged: false });
  });

  it('saves the lists as typed, checks them in the main process and opens the gate for an ok list', () => {
    const { service, gates, dataDir } = setup();
    const view = service.save(undefined, { adminText: '81.2.69.0/24 # office\n45.60.0.0/24', arcticWolfText: AW, currentIp: '81.2.69.7' });
    expect(view.result).toMatchObject({ verdict: 'ok', adminRanges: ['81.2.69.0/24', '45.60.0.0/24'] });
    expect(view.blocked).toBeNull();
    expect(gates.at(-1)).toMatchObject({ profileId: 'default', satisfied: true });
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')) as { ipRanges: unknown };
    expect(onDisk.ipRanges).toEqual({
      adminText: '81.2.69.0/24 # office\n45.60.0.0/24',
      arcticWolfText: AW,
      currentIp: '81.2.69.7',
      lastVerdict: 'ok',
      checkedAt: T0.toISOString(),
    });
    expect(service.load()).toEqual(view);
  });

  it('blocks on caution until the exact acknowledgement is typed, which is recorded', () => {
    const { service, gates } = setup();
    const caution = service.save(undefined, { adminText: '45.60.0.0/23', arcticWolfText: AW, currentIp: '' });
    expect(caution).toMatchObject({ blocked: 'caution', acknowledged: false, result: { verdict: 'caution' } });
    expect(gates.at(-1)).toMatchObject({ satisfied: false, reason: expect.stringContaining('managed service provider') as string });

    expect(codeOf(() => service.acknowledge(undefined, 'ok fine'))).toBe('acknowledgement-mismatch');
    expect(service.load().blocked).toBe('caution');

    const acknowledged = service.acknowledge(undefined, `  ${MSP_ACKNOWLEDGEMENT_PHRASE.toUpperCase()} `);
    expect(acknowledged).toMatchObject({ blocked: null, acknowledged: true });
    expect(acknowledged.section?.acknowledgement).toEqual({ text: MSP_ACKNOWLEDGEMENT_PHRASE.toUpperCase(), at: T0.toISOString(), adminRanges: ['45.60.0.0/23'] });
    expect(gates.at(-1)).toMatchObject({ satisfied: true, reason: expect.stringContaining('managed service provider') as string });
  });

  it('keeps the acknowledgement while the list means the same, and drops it when the list changes', () => {
    const { service } = setup();
    service.save(undefined, { adminText: '45.60.0.0/23', arcticWolfText: AW, currentIp: '' });
    service.acknowledge(undefined, MSP_ACKNOWLEDGEMENT_PHRASE);
    expect(service.save(undefined, { adminText: '45.60.0.0/23 # same range, new comment', arcticWolfText: AW, currentIp: '' }).acknowledged).toBe(true);
    const changed = service.save(undefined, { adminText: '45.60.0.0/24', arcticWolfText: AW, currentIp: '' });
    expect(changed).toMatchObject({ blocked: 'caution', acknowledged: false });
    expect(changed.section?.acknowledgement).toBeUndefined();
  });

  it('refuses an acknowledgement when the list is not a caution', () => {
    const { service } = setup();
    expect(codeOf(() => service.acknowledge(undefined, MSP_ACKNOWLEDGEMENT_PHRASE))).toBe('nothing-to-acknowledge');
    service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '' });
    expect(codeOf(() => service.acknowledge(undefined, MSP_ACKNOWLEDGEMENT_PHRASE))).toBe('nothing-to-acknowledge');
  });

  it('blocks an unreadable list and says how many entries to fix', () => {
    const { service, gates } = setup();
    expect(service.save(undefined, { adminText: '81.2.69.5/24\nx', arcticWolfText: AW, currentIp: '' }).blocked).toBe('invalid');
    expect(gates.at(-1)).toMatchObject({ satisfied: false, reason: expect.stringContaining('2 entries') as string });
  });

  it('keeps a current IP that is not one address, says why, and checks without it', () => {
    const { service } = setup();
    const view = service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '81.2.69.0/24' });
    expect(view.currentIpError).toMatch(/single/);
    expect(view.section?.currentIp).toBe('81.2.69.0/24');
    expect(view.result?.warnings.map((w) => w.code)).toEqual(['arctic-wolf-not-covered']);
  });

  it('an empty admin list is ok and opens the gate', () => {
    const { service, gates } = setup();
    expect(service.save(undefined, { adminText: '', arcticWolfText: AW, currentIp: '' }).result?.verdict).toBe('ok');
    expect(gates.at(-1)).toMatchObject({ satisfied: true, reason: expect.stringContaining('No admin ranges') as string });
  });

  it('blocks a list that would lock out the address the admin entered; no acknowledgement lifts it', () => {
    const { service, gates } = setup();
    const view = service.save(undefined, { adminText: '81.2.69.0/24\n45.60.0.0/23', arcticWolfText: AW, currentIp: '198.51.100.7' });
    expect(view).toMatchObject({ blocked: 'caution', result: { verdict: 'caution' } });
    expect(gates.at(-1)).toMatchObject({ satisfied: false, reason: expect.stringContaining('lock you out') as string });
    expect(codeOf(() => service.acknowledge(undefined, MSP_ACKNOWLEDGEMENT_PHRASE))).toBe('nothing-to-acknowledge');
    expect(service.save(undefined, { adminText: '81.2.69.0/24\n45.60.0.0/23\n198.51.100.0/24', arcticWolfText: AW, currentIp: '198.51.100.7' }).blocked).toBeNull();
  });

  it('blocks when the Arctic Wolf list holds no range: nothing was compared', () => {
    const { service, gates } = setup();
    const view = service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: '# Arctic Wolf ranges\n', currentIp: '' });
    expect(view).toMatchObject({ blocked: 'invalid', result: { verdict: 'invalid' } });
    expect(gates.at(-1)).toMatchObject({ satisfied: false, reason: expect.stringContaining('Paste the Arctic Wolf ranges') as string });
  });

  it('never copies a list under caution or invalid; an acknowledged caution may be copied', () => {
    const { service, copied } = setup();
    service.save(undefined, { adminText: '45.60.0.0/23', arcticWolfText: AW, currentIp: '' });
    expect(codeOf(() => service.copyAdminRanges())).toBe('list-not-copyable');
    service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '198.51.100.7' });
    expect(codeOf(() => service.copyAdminRanges())).toBe('list-not-copyable');
    service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: '', currentIp: '' });
    expect(codeOf(() => service.copyAdminRanges())).toBe('list-not-copyable');
    expect(copied).toEqual([]);
    service.save(undefined, { adminText: '45.60.0.0/23', arcticWolfText: AW, currentIp: '' });
    service.acknowledge(undefined, MSP_ACKNOWLEDGEMENT_PHRASE);
    expect(service.copyAdminRanges()).toEqual({ copied: 1 });
  });

  it('copies the canonical list, one range per line', () => {
    const { service, copied } = setup();
    expect(codeOf(() => service.copyAdminRanges())).toBe('nothing-to-copy');
    service.save(undefined, { adminText: '81.2.69.7, 2A02:E980:0::/48\n81.2.69.7', arcticWolfText: AW, currentIp: '' });
    expect(service.copyAdminRanges()).toEqual({ copied: 2 });
    expect(copied).toEqual(['81.2.69.7/32\n2a02:e980::/48']);
  });

  it('answers clipboard-unavailable where there is no clipboard', () => {
    const { service } = setup({ clipboard: false });
    service.save(undefined, { adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '' });
    expect(codeOf(() => service.copyAdminRanges())).toBe('clipboard-unavailable');
  });

  it('keeps each profile’s lists apart', () => {
    const { service, profiles } = setup();
    service.save('default', { adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '' });
    profiles.create('Contoso');
    expect(service.load('contoso').section).toBeNull();
    expect(service.load().section).toBeNull();
    expect(service.load('default').section?.adminText).toBe('81.2.69.0/24');
  });
});
