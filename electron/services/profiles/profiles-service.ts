import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { ProfileSummary, ProfilesState, StoreRecovery } from '../../../shared/domain/profile.ts';
import { profileDataSchema, type ProfileData, type ProfileSection } from '../../../shared/domain/profile-data.ts';
import { appSettingsSchema, type AppSettings } from '../settings/app-settings.ts';
import { sharingValidator } from '../settings/shared-validator.ts';
import { jsonSchemaProperties, openStoreRecovering, type KeyValueStore, type OpenStore } from '../settings/store.ts';
import { slugify, uniqueId } from './profile-ids.ts';

export const DEFAULT_PROFILE_ID = 'default';
const DEFAULT_PROFILE_NAME = 'Default tenant';

/** Read and write one profile's sections. Every write lands on disk at once (conf writes atomically). */
export interface ProfileStore {
  readonly id: string;
  readonly path: string;
  /** The folder for this profile's files (attached screenshots). */
  readonly folder: string;
  read<K extends ProfileSection>(section: K): ProfileData[K] | undefined;
  write<K extends ProfileSection>(section: K, value: ProfileData[K]): void;
  clear(section: ProfileSection): void;
}

export interface ProfilesService {
  state(): ProfilesState;
  create(name: string): ProfilesState;
  rename(id: string, name: string): ProfilesState;
  switchTo(id: string): ProfilesState;
  delete(id: string): Promise<ProfilesState>;
  /** Finds a profile by id or (case-insensitively) by name; the CLI's `--profile` accepts either. */
  resolve(idOrName: string): ProfileSummary | undefined;
  active(): ProfileSummary;
  store(id?: string): ProfileStore;
  /** Lets other services clean up (secrets, files) before a profile disappears. */
  onBeforeDelete(hook: (id: string) => Promise<void> | void): void;
  recoveries(): StoreRecovery[];
  /** The app-wide settings file, for the shell's window state. */
  readonly settings: KeyValueStore<AppSettings>;
}

export interface ProfilesDeps {
  dataDir: string;
  openStore: OpenStore;
  now?: () => Date;
}

/** Built once: every profile store is checked against the same schema object, so its validator is compiled once. */
let profileSchema: Record<string, object> | undefined;

export function createProfilesService({ dataDir, openStore, now = () => new Date() }: ProfilesDeps): ProfilesService {
  const recoveries: StoreRecovery[] = [];
  const record = (r: StoreRecovery): void => void recoveries.push(r);
  const profilesDir = join(dataDir, 'profiles');
  const beforeDelete: Array<(id: string) => Promise<void> | void> = [];
  const stores = new Map<string, ProfileStore>();

  // Read on every profile lookup: through sharingValidator, an unchanged file is not parsed and checked again.
  const settings = openStoreRecovering<AppSettings>(
    sharingValidator(openStore),
    {
      cwd: dataDir,
      name: 'settings',
      schema: jsonSchemaProperties(appSettingsSchema),
      defaults: { activeProfileId: DEFAULT_PROFILE_ID, profiles: [] },
    },
    record,
    now,
  );

  const list = (): ProfileSummary[] => settings.get('profiles');
  const find = (id: string): ProfileSummary | undefined => list().find((p) => p.id === id);
  const mustFind = (id: string): ProfileSummary => {
    const profile = find(id);
    if (!profile) throw new AppError('profile-not-found', 'That profile no longer exists. Pick another one from the list.');
    return profile;
  };
  const assertNameFree = (name: string, exceptId?: string): void => {
    const clash = list().find((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (clash) throw new AppError('profile-name-taken', `A profile named “${clash.name}” already exists. Choose another name.`);
  };

  const addProfile = (name: string, preferredId = slugify(name)): ProfileSummary => {
    const id = uniqueId(preferredId, new Set(list().map((p) => p.id)));
    const profile: ProfileSummary = { id, name, createdAt: now().toISOString() };
    settings.set('profiles', [...list(), profile]);
    return profile;
  };

  // First run (or a settings file that was moved aside): one profile, so the app always has somewhere to save.
  if (list().length === 0) {
    const profile = addProfile(DEFAULT_PROFILE_NAME, DEFAULT_PROFILE_ID);
    settings.set('activeProfileId', profile.id);
  }
  if (!find(settings.get('activeProfileId'))) settings.set('activeProfileId', list()[0]!.id);

  const state = (): ProfilesState => ({ activeId: settings.get('activeProfileId'), profiles: list() });

  const openProfileStore = (id: string): ProfileStore => {
    // One store per profile: an MSP with 200 tenants must not pay a schema compilation for each (see sharingValidator).
    const store = openStoreRecovering<ProfileData>(
      sharingValidator(openStore),
      { cwd: profilesDir, name: id, schema: (profileSchema ??= jsonSchemaProperties(profileDataSchema)), defaults: { schemaVersion: 1 } },
      record,
      now,
    );
    return {
      id,
      path: store.path,
      folder: join(profilesDir, id),
      read: (section) => store.get(section),
      write: (section, value) => store.set(section, value),
      clear: (section) => store.delete(section),
    };
  };

  return {
    settings,
    state,
    recoveries: () => [...recoveries],
    resolve(idOrName) {
      const wanted = idOrName.trim().toLocaleLowerCase();
      return find(idOrName) ?? list().find((p) => p.name.toLocaleLowerCase() === wanted);
    },
    active: () => mustFind(settings.get('activeProfileId')),
    store(id = settings.get('activeProfileId')) {
      mustFind(id);
      let store = stores.get(id);
      if (!store) {
        store = openProfileStore(id);
        stores.set(id, store);
      }
      return store;
    },
    create(name) {
      assertNameFree(name);
      const profile = addProfile(name);
      settings.set('activeProfileId', profile.id);
      return state();
    },
    rename(id, name) {
      mustFind(id);
      assertNameFree(name, id);
      settings.set('profiles', list().map((p) => (p.id === id ? { ...p, name } : p)));
      return state();
    },
    switchTo(id) {
      mustFind(id);
      settings.set('activeProfileId', id);
      return state();
    },
    async delete(id) {
      mustFind(id);
      const remaining = list().filter((p) => p.id !== id);
      if (remaining.length === 0) {
        throw new AppError('last-profile', 'This is the only profile. Create another one first, or use “Start over” to clear this one.');
      }
      for (const hook of beforeDelete) await hook(id);
      stores.delete(id);
      rmSync(join(profilesDir, `${id}.json`), { force: true });
      rmSync(join(profilesDir, id), { recursive: true, force: true });
      settings.set('profiles', remaining);
      if (settings.get('activeProfileId') === id) settings.set('activeProfileId', remaining[0]!.id);
      return state();
    },
    onBeforeDelete(hook) {
      beforeDelete.push(hook);
    },
  };
}
