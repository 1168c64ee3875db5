import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { codeOf } from '../../../../helpers/app-error.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const open = (dataDir = tempDataDir()) => ({ dataDir, profiles: createProfilesService({ dataDir, openStore: openConfStore }) });

describe('profiles service', () => {
  it('starts with one profile, id "default", active', () => {
    const { profiles } = open();
    expect(profiles.state()).toMatchObject({ activeId: 'default', profiles: [{ id: 'default', name: 'Default tenant' }] });
  });

  it('creates a profile with a readable id, makes it active, and persists it (mode 0600)', () => {
    const { profiles, dataDir } = open();
    expect(profiles.create('Contoso (EU)').activeId).toBe('contoso-eu');
    expect(profiles.create('Contoso EU!').activeId).toBe('contoso-eu-2');
    const reopened = open(dataDir).profiles;
    expect(reopened.state().profiles.map((p) => p.id)).toEqual(['default', 'contoso-eu', 'contoso-eu-2']);
    expect(reopened.state().activeId).toBe('contoso-eu-2');
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a duplicate name, case-insensitively', () => {
    const { profiles } = open();
    profiles.create('Fabrikam');
    expect(codeOf(() => profiles.create('fabrikam'))).toBe('profile-name-taken');
    expect(codeOf(() => profiles.rename('default', 'FABRIKAM'))).toBe('profile-name-taken');
  });

  it('renames without changing the id, switches, and resolves by id or name', () => {
    const { profiles } = open();
    profiles.create('Fabrikam');
    profiles.rename('default', 'Northwind');
    expect(profiles.switchTo('default').activeId).toBe('default');
    expect(profiles.resolve('northwind')?.id).toBe('default');
    expect(profiles.resolve('fabrikam')?.id).toBe('fabrikam');
    expect(codeOf(() => profiles.switchTo('nope'))).toBe('profile-not-found');
  });

  it('keeps each profile’s data in its own file and deletes it with the profile', async () => {
    const { profiles, dataDir } = open();
    profiles.create('Fabrikam');
    mkdirSync(profiles.store('fabrikam').folder, { recursive: true });
    writeFileSync(join(profiles.store('fabrikam').folder, 'evidence.png'), 'x');
    const file = profiles.store('fabrikam').path;
    expect(existsSync(file)).toBe(true);
    let hookSaw: string | undefined;
    profiles.onBeforeDelete((id) => void (hookSaw = id));
    const state = await profiles.delete('fabrikam');
    expect(hookSaw).toBe('fabrikam');
    expect(state).toMatchObject({ activeId: 'default', profiles: [{ id: 'default' }] });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dataDir, 'profiles', 'fabrikam'))).toBe(false);
  });

  it('refuses to delete the last profile', async () => {
    const { profiles } = open();
    await expect(profiles.delete('default')).rejects.toMatchObject({ code: 'last-profile' });
  });

  it('moves a corrupt settings file aside, reports it, and starts fresh — never silently', () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'settings.json'), '{"activeProfileId": "default", "profiles": [');
    const { profiles } = open(dataDir);
    const [recovery] = profiles.recoveries();
    expect(recovery?.reason).toMatch(/not valid JSON/);
    expect(readFileSync(recovery!.movedTo, 'utf8')).toBe('{"activeProfileId": "default", "profiles": [');
    expect(profiles.state().profiles).toHaveLength(1);
  });

  it('refuses a name holding a bidirectional or control character on create, rename and the CLI’s ensure, and saves nothing', () => {
    const { profiles, dataDir } = open();
    for (const name of ['Initech \u202Ekoob retsam', 'Acme \u2066EU\u2069', 'Acme\u0007', 'Acme\nEU']) {
      expect(codeOf(() => profiles.create(name)), JSON.stringify(name)).toBe('profile-name-invalid');
      expect(codeOf(() => profiles.rename('default', name))).toBe('profile-name-invalid');
      expect(codeOf(() => profiles.ensure(name))).toBe('profile-name-invalid');
    }
    expect(() => profiles.create('Initech \u202Ekoob retsam')).toThrow(/right-to-left override \(U\+202E\)/);
    expect(open(dataDir).profiles.state().profiles.map((p) => p.name)).toEqual(['Default tenant']);
    // The CLI's --profile gets the same trimming and length rule as the app's field.
    expect(profiles.ensure('  Northwind  ').name).toBe('Northwind');
    expect(codeOf(() => profiles.ensure('x'.repeat(65)))).toBe('profile-name-invalid');
  });

  it('keeps a profile whose name was saved with a control character before the rule: listed, found, renamable', () => {
    const dataDir = tempDataDir();
    const old = 'Initech \u202Ekoob retsam';
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ activeProfileId: 'initech', profiles: [{ id: 'initech', name: old, createdAt: '2026-01-01T00:00:00.000Z' }] }));
    const { profiles } = open(dataDir);
    expect(profiles.state().profiles.map((p) => p.name)).toEqual([old]);
    expect(profiles.ensure(old).id).toBe('initech');
    expect(profiles.rename('initech', 'Initech').profiles[0]?.name).toBe('Initech');
  });

  it('moves aside a settings file that fails the schema', () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ activeProfileId: 7, profiles: 'many' }));
    const { profiles } = open(dataDir);
    expect(profiles.recoveries()[0]?.reason).toMatch(/does not match/);
  });

  it('carries over from a damaged settings file the profiles that can still be read', () => {
    const dataDir = tempDataDir();
    const before = open(dataDir).profiles;
    before.create('Contoso');
    before.create('Fabrikam');
    const text = readFileSync(join(dataDir, 'settings.json'), 'utf8');
    writeFileSync(join(dataDir, 'settings.json'), `${text.slice(0, text.indexOf('"window"') > 0 ? text.indexOf('"window"') : text.length - 2)}`);
    const { profiles } = open(dataDir);
    expect(profiles.state().profiles.map((p) => p.id)).toEqual(['default', 'contoso', 'fabrikam']);
    expect(profiles.recoveries()[0]).toMatchObject({ recovered: ['the list of profiles (3)'] });
  });

  it('opens the active profile’s file at start: a damaged one is set aside and reported at once, with what was recovered', () => {
    const dataDir = tempDataDir();
    const first = open(dataDir).profiles;
    first.store().write('credentials', { clientId: 'Mc7dQ2kfP0aZr9Tn4bXwVyL1', secretAccount: 'default:client-secret:t:u', storedAt: '2026-11-30T10:00:00.000Z', backend: 'secret-service' });
    first.store().write('ipRanges', { adminText: '81.2.69.0/24', arcticWolfText: '', currentIp: '', lastVerdict: 'ok', checkedAt: '2026-11-30T10:00:00.000Z' });
    const file = join(dataDir, 'profiles', 'default.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('"ipRanges"') + 30)); // cut short inside the IP lists

    const { profiles } = open(dataDir);
    const [recovery] = profiles.recoveries();
    expect(recovery).toMatchObject({ file, reason: expect.stringMatching(/not valid JSON/) as string, recovered: ['the credentials record (Client ID and where its secret is kept)'] });
    expect(existsSync(recovery!.movedTo)).toBe(true);
    expect(profiles.setAsideFiles('default')).toEqual([recovery!.movedTo]);
    expect(profiles.store().read('credentials')).toMatchObject({ secretAccount: 'default:client-secret:t:u' });
    expect(profiles.store().read('ipRanges')).toBeUndefined();
  });

  it('tells of a profile file set aside after start: switching to a damaged profile reports it as it happens', () => {
    const dataDir = tempDataDir();
    const first = open(dataDir).profiles;
    first.create('Fabrikam');
    first.store('fabrikam').write('ipRanges', { adminText: '81.2.69.0/24', arcticWolfText: '', currentIp: '', lastVerdict: 'ok', checkedAt: '2026-11-30T10:00:00.000Z' });
    first.switchTo('default');
    writeFileSync(join(dataDir, 'profiles', 'fabrikam.json'), '{"ipRanges": {');

    const told: string[] = [];
    const profiles = createProfilesService({ dataDir, openStore: openConfStore, onRecovery: (r) => told.push(r.file) });
    expect(told).toEqual([]);
    profiles.switchTo('fabrikam');
    profiles.store('fabrikam').read('ipRanges');
    expect(told).toEqual([join(dataDir, 'profiles', 'fabrikam.json')]);
    expect(profiles.recoveries().map((r) => r.file)).toEqual(told);
  });
});
