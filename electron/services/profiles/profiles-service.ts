import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { profileNameSchema, type ProfileSummary, type ProfilesState, type StoreRecovery } from '../../../shared/domain/profile.ts';
import { profileDataSchema, type ProfileData, type ProfileSection } from '../../../shared/domain/profile-data.ts';
import { appSettingsSchema, windowStateSchema, type AppSettings } from '../settings/app-settings.ts';
import { sharingValidator } from '../settings/shared-validator.ts';
import { jsonSchemaProperties, openStoreRecovering, type KeyValueStore, type OpenStore, type Salvage } from '../settings/store.ts';
import { createFolderLock } from '../settings/folder-lock.ts';
import { ensurePrivateFolder } from '../settings/private-folder.ts';
import { folderTagOf } from '../secrets/secret-accounts.ts';
import { slugify, uniqueId } from './profile-ids.ts';

const DEFAULT_PROFILE_ID = 'default';
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
  /** Reads, changes and writes one section with the file locked: no other process can change it in between. */
  update<K extends ProfileSection>(section: K, change: (current: ProfileData[K] | undefined) => ProfileData[K] | undefined): ProfileData[K] | undefined;
}

export interface ProfilesService {
  state(): ProfilesState;
  create(name: string): ProfilesState;
  rename(profileId: string, name: string): ProfilesState;
  switchTo(profileId: string): ProfilesState;
  delete(profileId: string): Promise<ProfilesState>;
  /** Finds a profile by id or (case-insensitively) by name; the CLI's `--profile` accepts either. */
  resolve(idOrName: string): ProfileSummary | undefined;
  active(): ProfileSummary;
  /** The id of a profile that exists, checked; `profile-not-found` for one deleted (or never created). */
  existing(profileId: string): string;
  store(id?: string): ProfileStore;
  /** The profile named by `--profile` (id or name), created when missing — in one locked step, so parallel commands agree. */
  ensure(idOrName: string): ProfileSummary;
  /** Runs an async change (keychain writes) holding the profile's own cross-process lock. Not re-entrant. */
  exclusive<T>(profileId: string, change: () => Promise<T>): Promise<T>;
  /** Files set aside as damaged (`*.corrupt-<time>.json`): the profile's, or settings.json's when no id is given. */
  setAsideFiles(profileId?: string): string[];
  /** Names this data folder in keychain accounts, so two data folders never take each other's secrets for their own. */
  readonly folderTag: string;
  /** Lets other services clean up (secrets, files) before a profile disappears. */
  onBeforeDelete(hook: (id: string) => Promise<void> | void): void;
  recoveries(): StoreRecovery[];
  /** The app-wide settings file, for the shell's window state. */
  readonly settings: KeyValueStore<AppSettings>;
}

/** What each section of a profile file holds, in words for the recovery notice. */
const sectionNames: Record<ProfileSection, string> = {
  credentials: 'the credentials record (Client ID and where its secret is kept)',
  progress: 'the checklist progress',
  ipRanges: 'the Admin IP Ranges lists',
  verification: 'the last verification result',
  handoff: 'the hand-off record and receipts',
  evidence: 'the list of attached screenshots',
  encryptedSecrets: 'the encrypted secrets',
};

/** The sections of a damaged profile file that are still whole and valid. */
const salvageProfile: Salvage<ProfileData> = (members) => {
  const values: Partial<ProfileData> = {};
  const recovered: string[] = [];
  for (const section of Object.keys(sectionNames) as ProfileSection[]) {
    const parsed = profileDataSchema.shape[section].safeParse(members[section]);
    if (members[section] !== undefined && parsed.success) {
      Object.assign(values, { [section]: parsed.data });
      recovered.push(sectionNames[section]);
    }
  }
  return { values, recovered };
};

/** The profile list, the active profile and the window position of a damaged settings.json, where still valid. */
const salvageSettings: Salvage<AppSettings> = (members) => {
  const values: Partial<AppSettings> = {};
  const recovered: string[] = [];
  const profilesList = appSettingsSchema.shape.profiles.safeParse(members.profiles);
  if (profilesList.success && profilesList.data.length > 0) {
    values.profiles = profilesList.data;
    recovered.push(`the list of profiles (${profilesList.data.length})`);
  }
  const active = appSettingsSchema.shape.activeProfileId.safeParse(members.activeProfileId);
  if (active.success) values.activeProfileId = active.data;
  const window = windowStateSchema.safeParse(members.window);
  if (window.success) {
    values.window = window.data;
    recovered.push('the window position');
  }
  return { values, recovered };
};

export interface ProfilesDeps {
  dataDir: string;
  openStore: OpenStore;
  now?: () => Date;
  /** Told of each file set aside after start too (a damaged profile opened on a switch), so the app can say so. */
  onRecovery?: (recovery: StoreRecovery) => void;
}

/** Built once: every profile store is checked against the same schema object, so its validator is compiled once. */
let profileSchema: Record<string, object> | undefined;

export function createProfilesService({ dataDir, openStore, now = () => new Date(), onRecovery }: ProfilesDeps): ProfilesService {
  const recoveries: StoreRecovery[] = [];
  const record = (r: StoreRecovery): void => {
    recoveries.push(r);
    onRecovery?.(r);
  };
  const profilesDir = join(dataDir, 'profiles');
  const beforeDelete: Array<(id: string) => Promise<void> | void> = [];
  const stores = new Map<string, ProfileStore>();
  // Before conf creates them with the default 0755: what lives here is nobody else's business.
  ensurePrivateFolder(dataDir);
  ensurePrivateFolder(profilesDir);
  const lock = createFolderLock(dataDir);
  /** settings.json's read-modify-writes, under its cross-process lock. */
  const locked = <T>(change: () => T): T => lock.sync('settings', change);
  /** One profile file's read-modify-writes, under that file's lock. */
  const lockedFile = <T>(id: string, change: () => T): T => lock.sync(`profile-${id}`, change);

  // Read on every profile lookup: through sharingValidator, an unchanged file is not parsed and checked again.
  const rawSettings = locked(() => openStoreRecovering<AppSettings>(
    sharingValidator(openStore),
    {
      cwd: dataDir,
      name: 'settings',
      schema: jsonSchemaProperties(appSettingsSchema),
      defaults: { activeProfileId: DEFAULT_PROFILE_ID, profiles: [] },
    },
    record,
    now,
    salvageSettings,
  ));
  // Every write to settings.json (the window state too) is a read-modify-write of the whole file: locked.
  const settings: KeyValueStore<AppSettings> = {
    get: (key) => rawSettings.get(key),
    set: (key, value) => locked(() => rawSettings.set(key, value)),
    delete: (key) => locked(() => rawSettings.delete(key)),
    get store() {
      return rawSettings.store;
    },
    path: rawSettings.path,
  };

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

  /** The name as it is saved (trimmed), or `profile-name-invalid` saying why: the CLI's `--profile` does not pass the IPC schema. */
  const checkedName = (name: string): string => {
    const parsed = profileNameSchema.safeParse(name);
    if (!parsed.success) throw new AppError('profile-name-invalid', parsed.error.issues[0]?.message ?? 'That profile name cannot be used.');
    return parsed.data;
  };

  const addProfile = (name: string, preferredId = slugify(name)): ProfileSummary => {
    const id = uniqueId(preferredId, new Set(list().map((p) => p.id)));
    const profile: ProfileSummary = { id, name, createdAt: now().toISOString() };
    settings.set('profiles', [...list(), profile]);
    return profile;
  };

  // First run (or a settings file that was moved aside): one profile, so the app always has somewhere to save.
  locked(() => {
    if (list().length === 0) {
      const profile = addProfile(DEFAULT_PROFILE_NAME, DEFAULT_PROFILE_ID);
      settings.set('activeProfileId', profile.id);
    }
    if (!find(settings.get('activeProfileId'))) settings.set('activeProfileId', list()[0]!.id);
  });

  const state = (): ProfilesState => ({ activeId: settings.get('activeProfileId'), profiles: list() });

  const openProfileStore = (id: string): ProfileStore => {
    // One store per profile: an MSP with 200 tenants must not pay a schema compilation for each (see sharingValidator).
    const store = lockedFile(id, () =>
      openStoreRecovering<ProfileData>(
        sharingValidator(openStore),
        { cwd: profilesDir, name: id, schema: (profileSchema ??= jsonSchemaProperties(profileDataSchema)), defaults: { schemaVersion: 1 } },
        record,
        now,
        salvageProfile,
      ),
    );
    // conf rewrites the whole file for each section it sets: every write is locked, so sections written by two
    // processes at once both survive.
    const write = <K extends ProfileSection>(section: K, value: ProfileData[K] | undefined): void =>
      lockedFile(id, () => (value === undefined ? store.delete(section) : store.set(section, value)));
    return {
      id,
      path: store.path,
      folder: join(profilesDir, id),
      read: (section) => store.get(section),
      write,
      clear: (section) => write(section, undefined),
      update: (section, change) =>
        lockedFile(id, () => {
          const next = change(store.get(section));
          write(section, next);
          return next;
        }),
    };
  };

  const cachedStore = (id: string): ProfileStore => {
    let store = stores.get(id);
    if (!store) {
      store = openProfileStore(id);
      stores.set(id, store);
    }
    return store;
  };
  // The active profile's file is opened now, not on first use: a damaged one is set aside and reported before the
  // app reads the recoveries at start (and before any command acts on it).
  cachedStore(settings.get('activeProfileId'));

  return {
    settings,
    state,
    exclusive: (profileId, change) => lock.exclusive(`profile-${profileId}`, change),
    folderTag: folderTagOf(dataDir),
    recoveries: () => [...recoveries],
    setAsideFiles(profileId) {
      const folder = profileId === undefined ? dataDir : profilesDir;
      const prefix = `${profileId ?? 'settings'}.corrupt-`;
      try {
        return readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith('.json')).map((name) => join(folder, name));
      } catch {
        return [];
      }
    },
    resolve(idOrName) {
      const wanted = idOrName.trim().toLocaleLowerCase();
      return find(idOrName) ?? list().find((p) => p.name.toLocaleLowerCase() === wanted);
    },
    active: () => mustFind(settings.get('activeProfileId')),
    existing: (profileId) => mustFind(profileId).id,
    store(id = settings.get('activeProfileId')) {
      mustFind(id);
      return cachedStore(id);
    },
    create(wanted) {
      const name = checkedName(wanted);
      return locked(() => {
        assertNameFree(name);
        const profile = addProfile(name);
        settings.set('activeProfileId', profile.id);
        return state();
      });
    },
    ensure(idOrName) {
      return locked(() => {
        const wanted = idOrName.trim().toLocaleLowerCase();
        const found = find(idOrName) ?? list().find((p) => p.name.toLocaleLowerCase() === wanted);
        if (found) return found;
        const profile = addProfile(checkedName(idOrName));
        settings.set('activeProfileId', profile.id);
        return profile;
      });
    },
    rename(id, wanted) {
      const name = checkedName(wanted);
      return locked(() => {
        mustFind(id);
        assertNameFree(name, id);
        settings.set('profiles', list().map((p) => (p.id === id ? { ...p, name } : p)));
        return state();
      });
    },
    switchTo(id) {
      return locked(() => {
        mustFind(id);
        settings.set('activeProfileId', id);
        return state();
      });
    },
    async delete(id) {
      mustFind(id);
      const remaining = list().filter((p) => p.id !== id);
      if (remaining.length === 0) {
        throw new AppError('last-profile', 'This is the only profile. Create another one first, or use “Start over” to clear this one.');
      }
      for (const hook of beforeDelete) await hook(id);
      return locked(() => {
        stores.delete(id);
        rmSync(join(profilesDir, `${id}.json`), { force: true });
        rmSync(join(profilesDir, id), { recursive: true, force: true });
        const left = list().filter((p) => p.id !== id);
        if (left.length === 0) return state();
        settings.set('profiles', left);
        if (settings.get('activeProfileId') === id) settings.set('activeProfileId', left[0]!.id);
        return state();
      });
    },
    onBeforeDelete(hook) {
      beforeDelete.push(hook);
    },
  };
}
