import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { codeOf } from '../../../../helpers/app-error.ts';
import { tempDataDir } from '../../../../helpers/services.ts';

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

  it('moves aside a settings file that fails the schema', () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ activeProfileId: 7, profiles: 'many' }));
    const { profiles } = open(dataDir);
    expect(profiles.recoveries()[0]?.reason).toMatch(/does not match/);
  });
});
