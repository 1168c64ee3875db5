import { AppError } from '../../../shared/errors.ts';
import { maskClientId, type CredentialsSection, type StoreInfo } from '../../../shared/credentials/credentials.ts';
import type { Logger } from '../logging/logger.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { ProfileStore, ProfilesService } from '../profiles/profiles-service.ts';
import type { ChosenSecretStore } from './choose-secret-store.ts';
import { cleanCredentialInput } from './credential-input.ts';
import { belongsToProfile, folderSecretProfile, newClientSecretAccount } from './secret-accounts.ts';
import type { CaptureInput, CaptureResult, CredentialStatus, CredentialsService, SecretStore } from './secret-store.ts';
import type { ReportGate } from '../progress/progress-service.ts';

export interface CredentialsServiceDeps {
  profiles: ProfilesService;
  /** Where secrets go in this run; called on first need (probing the keychain takes a moment). */
  secretStore: () => Promise<ChosenSecretStore>;
  redactor: Redactor;
  logger: Logger;
  now: () => Date;
  /** Tells the checklist whether "Capture the keys" may be completed (the `credentials-capture` gate). */
  reportGate?: ReportGate;
  /** True when this run was given a store key, so it reads secrets from the key-file store. */
  storeKeyGiven?: boolean;
  /** How this surface is given a store key, said when a key-file secret is needed and none was (the CLI's flags by default). */
  storeKeyAdvice?: string;
}

/** Failures of opening the run's secret store (rather than of one item in it): worded for what was being done. */
const storeOpenCodes = new Set(['no-protected-store', 'secret-store-unavailable', 'secret-store-locked', 'secret-store-prompt-dismissed']);
type StorePurpose = 'store' | 'read' | 'remove';
const purposeWords: Record<StorePurpose, string> = {
  store: 'The Client Secret cannot be stored',
  read: 'The stored Client Secret cannot be read',
  remove: 'The stored Client Secret cannot be removed',
};

/** Said when a key-file secret is needed and this run has no store key (the CLI's wording; the app passes its own). */
const CLI_STORE_KEY_ADVICE = 'Give this command the key file with --store-key FILE or the MIMECAST_AW_STORE_KEY_FILE variable.';

const CAPTURE_REASON = 'Paste the Client ID and Client Secret from the Mimecast dialog and save them.';

/**
 * Owns each profile's Client ID and Secret. The secret lives only in the SecretStore; the profile's `credentials`
 * section records where (the account), when, and the Client ID.
 *
 * Crash safety — the order of every change is chosen so that a crash at any point loses neither the old secret nor
 * the profile's progress, and leaves nothing behind that the next run does not clean up:
 *   1. record the new account as `pendingAccount`            (crash: nothing stored yet; the next run deletes nothing harmful)
 *   2. write the new secret under that fresh account         (crash: the old secret and metadata are untouched; the
 *                                                              pending orphan is deleted by the next sweep)
 *   3. switch the metadata to the new account, listing the old one in `retiredAccounts`   (one atomic file write)
 *   4. delete the retired secrets, then drop them from the list   (crash: the next sweep finishes the job)
 * Forget and delete use steps 3–4: the secret is retired first, then removed.
 */
/** Removal where a profile's secrets are only ciphertexts in its own file: the sweep drops those; no store holds more. */
const fileOnlyStore: SecretStore = {
  info: () => ({ backend: 'key-file', label: 'profile file', persistent: true, protection: '' }),
  get: () => Promise.resolve(undefined),
  set: () => Promise.reject(new AppError('no-protected-store', 'No protected store is available.')),
  delete: () => Promise.resolve(),
};

export function createCredentialsService(deps: CredentialsServiceDeps): CredentialsService {
  const { profiles, redactor, logger, now } = deps;
  const reportGate = (profileId: string, satisfied: boolean): void => {
    try {
      deps.reportGate?.(profileId, satisfied ? { satisfied } : { satisfied, reason: CAPTURE_REASON });
    } catch (error) {
      // The checklist is a convenience; a failure there must not undo a stored secret.
      logger.warn('could not report the credentials gate', { profileId, code: error instanceof AppError ? error.code : 'unknown' });
    }
  };

  const storeOf = (profileId: string): ProfileStore => profiles.store(profileId);
  const readSection = (store: ProfileStore): CredentialsSection => store.read('credentials') ?? {};
  const writeSection = (store: ProfileStore, section: CredentialsSection): void => {
    const clean = Object.fromEntries(Object.entries(section).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
    if (Object.keys(clean).length === 0) store.clear('credentials');
    else store.write('credentials', clean);
  };

  /** Deletes pending and retired secrets left over by an interrupted change. Failures wait for the next sweep. */
  const sweep = async (profileId: string, store: ProfileStore, secrets: SecretStore): Promise<void> => {
    const section = readSection(store);
    const leftovers = [
      ...(section.pendingAccount && section.pendingAccount !== section.secretAccount ? [section.pendingAccount] : []),
      ...(section.retiredAccounts ?? []),
    ].filter((account) => account !== section.secretAccount);
    if (leftovers.length === 0 && !section.pendingAccount) return;
    const stillThere: string[] = [];
    for (const account of leftovers) {
      if (!belongsToProfile(account, profileId)) continue;
      try {
        await secrets.delete(account);
        dropCiphertext(store, account);
      } catch (error) {
        stillThere.push(account);
        logger.warn('could not delete a replaced secret yet; will retry', { profileId, code: error instanceof AppError ? error.code : 'unknown' });
      }
    }
    writeSection(store, { ...readSection(store), pendingAccount: undefined, retiredAccounts: stillThere });
  };

  /** safeStorage ciphertexts sit in the profile file; remove them even when another store is active (CLI). */
  const dropCiphertext = (store: ProfileStore, account: string): void => {
    const ciphertexts = store.read('encryptedSecrets');
    if (!ciphertexts || !(account in ciphertexts)) return;
    const { [account]: _gone, ...rest } = ciphertexts;
    store.write('encryptedSecrets', rest);
  };

  // One change at a time per profile, across every process on this data folder (the app and any CLI commands): two
  // overlapping captures would otherwise both read the same "current" record and leave one secret unaccounted for.
  // The store is chosen first, outside the lock (probing the keychain takes a moment).
  const exclusive = async <T>(profileId: string, change: (secrets: SecretStore) => Promise<T>): Promise<T> => {
    const { store: secrets } = await openStore('store');
    return profiles.exclusive(profileId, () => change(secrets));
  };

  /** This data folder's client-secret items of the profile that the keychain holds, recorded or not. */
  const itemsOf = async (profileId: string, secrets: SecretStore): Promise<string[]> => {
    if (!secrets.accounts) return [];
    return (await secrets.accounts()).filter((account) => folderSecretProfile(account, profiles.folderTag) === profileId);
  };

  /**
   * Removes items no profile points to: a crash between storing a secret and recording it, a profile deleted while
   * the keychain was locked. The app runs it at start (it reads every item of the app's keychain service, too slow
   * for each CLI command; `credentials delete` searches for its own profile). It leaves alone the items of a
   * profile whose file was found damaged and set aside (its record may be what was lost: status and delete still
   * find them), and, when settings.json itself was set aside, the items of profiles it no longer lists.
   */
  const sweepOrphans = async (secrets: SecretStore): Promise<void> => {
    if (!secrets.accounts) return;
    // The keychain first, the files second: an item written after the listing is not judged on an older record.
    const items = (await secrets.accounts()).filter((account) => folderSecretProfile(account, profiles.folderTag) !== undefined);
    if (items.length === 0) return;
    const known = new Set(profiles.state().profiles.map((p) => p.id));
    const byProfile = new Map<string, string[]>();
    for (const account of items) {
      const profileId = folderSecretProfile(account, profiles.folderTag)!;
      byProfile.set(profileId, [...(byProfile.get(profileId) ?? []), account]);
    }
    for (const [profileId, accounts] of byProfile) {
      if (!known.has(profileId)) {
        if (profiles.setAsideFiles().length > 0) continue;
        for (const account of accounts) await secrets.delete(account).catch(() => undefined);
        logger.info('removed secrets of a profile that no longer exists', { profileId, count: accounts.length });
        continue;
      }
      // Opening the store first: a damaged file is found (and set aside) now, before its items are judged.
      const store = storeOf(profileId);
      if (profiles.setAsideFiles(profileId).length > 0) continue;
      // Judged without the lock first, so a busy profile (other processes storing its secrets) is only waited for
      // when something really looks orphaned; retired items are the profile's own sweep's to delete.
      const unknown = (section: CredentialsSection, among: string[]): string[] => {
        const known = new Set([section.secretAccount, section.pendingAccount, ...(section.retiredAccounts ?? [])].filter((a): a is string => !!a));
        return among.filter((account) => !known.has(account));
      };
      if (unknown(readSection(store), accounts).length === 0) continue;
      await profiles.exclusive(profileId, async () => {
        const orphans = unknown(readSection(store), await itemsOf(profileId, secrets));
        for (const account of orphans) await secrets.delete(account).catch(() => undefined);
        if (orphans.length > 0) logger.info('removed secrets no profile points to', { profileId, count: orphans.length });
      });
    }
  };

  let chosen: Promise<ChosenSecretStore> | undefined;
  const secretStore = async (): Promise<ChosenSecretStore> => {
    chosen ??= deps.secretStore();
    try {
      return await chosen;
    } catch (error) {
      chosen = undefined; // a keychain that was locked may be unlocked on the next attempt
      throw error;
    }
  };

  /**
   * For removing: the run's store, or — when it cannot be opened and the profile keeps nothing in a keychain (its
   * secrets are ciphertexts in its own file: the key-file store, safeStorage; or nothing is recorded) — a store that
   * leaves the removal to the file alone. Deleting needs no keychain, and no store key, when none holds anything.
   */
  const removalStore = async (profileId: string): Promise<SecretStore> => {
    try {
      return (await openStore('remove')).store;
    } catch (error) {
      const section = readSection(storeOf(profileId));
      const nothingRecorded = !section.secretAccount && !section.pendingAccount && !section.retiredAccounts?.length;
      const inFileOnly = nothingRecorded || section.backend === 'key-file' || section.backend === 'safe-storage';
      if (!(error instanceof AppError && storeOpenCodes.has(error.code)) || !inFileOnly) throw error;
      return fileOnlyStore;
    }
  };

  /** The run's store, or one message that says what could not be done and why (reading is not storing). */
  const openStore = async (purpose: StorePurpose): Promise<ChosenSecretStore> => {
    try {
      return await secretStore();
    } catch (error) {
      if (error instanceof AppError && storeOpenCodes.has(error.code)) throw new AppError(error.code, `${purposeWords[purpose]}. ${error.message}`, { cause: error });
      throw error;
    }
  };

  const statusOf = async (section: CredentialsSection): Promise<CredentialStatus> => {
    if (!section.clientId) return { stored: false };
    const known = {
      maskedClientId: maskClientId(section.clientId),
      ...(section.backend ? { backend: section.backend } : {}),
      ...(section.storedAt ? { storedAt: section.storedAt } : {}),
    };
    if (!section.secretAccount) return { stored: false, ...known, ...(section.forgottenAt ? { forgottenAt: section.forgottenAt } : {}) };
    if (section.backend === 'memory') {
      // A memory-only secret does not outlive the run that captured it.
      const { store } = await secretStore();
      const present = store.info().backend === 'memory' && (await store.get(section.secretAccount)) !== undefined;
      if (!present) return { stored: false, ...known, lostOnRestart: true };
    }
    return { stored: true, ...known };
  };

  /** Retires every secret of the profile (metadata first, one atomic write), then sweeps them out of the store. */
  const retireAll = async (profileId: string, changes: CredentialsSection, secrets: SecretStore): Promise<void> => {
    const store = storeOf(profileId);
    const section = readSection(store);
    const accounts = [section.secretAccount, section.pendingAccount, ...(section.retiredAccounts ?? [])].filter((a): a is string => !!a);
    if (accounts.length === 0) return;
    writeSection(store, { ...section, ...changes, secretAccount: undefined, pendingAccount: undefined, retiredAccounts: accounts });
    await sweep(profileId, store, secrets);
    const left = readSection(store).retiredAccounts ?? [];
    if (left.length > 0) {
      throw new AppError(
        'secret-store-failed',
        `The secret could not be removed from the ${secrets.info().label} yet. The app will retry the next time; unlock the store and try again now if you can.`,
      );
    }
  };

  /** Items of the profile in the keychain that its record does not know about (neither current, pending nor retired). */
  const unrecordedItems = async (profileId: string, secrets: SecretStore, section: CredentialsSection): Promise<string[]> => {
    const known = new Set([section.secretAccount, section.pendingAccount, ...(section.retiredAccounts ?? [])].filter((a): a is string => !!a));
    return (await itemsOf(profileId, secrets)).filter((account) => !known.has(account));
  };

  const captureNow = async (profileId: string, input: CaptureInput, secrets: SecretStore): Promise<CaptureResult> => {
    const store = storeOf(profileId);
    const before = readSection(store);
    let cleaned: ReturnType<typeof cleanCredentialInput>;
    try {
      cleaned = cleanCredentialInput(input, { knownClientId: before.clientId, confirmedFields: input.confirmedFields });
    } catch (error) {
      // The Client ID field may hold the secret: treat it as one from here on.
      if (error instanceof AppError && (error.code === 'credentials-swapped' || error.code === 'client-id-looks-secret')) redactor.register(input.clientId.trim());
      throw error;
    }
    const { clientId, clientSecret, notices } = cleaned;
    redactor.register(clientSecret);

    await sweep(profileId, store, secrets);
    const current = readSection(store);
    // Secrets the record lost track of (a damaged profile file): the new capture replaces them, so they go too.
    // Searching the keychain reads every item of the app, so it is done only where a record may have been lost.
    const unrecorded = profiles.setAsideFiles(profileId).length > 0 ? await unrecordedItems(profileId, secrets, current) : [];

    const account = newClientSecretAccount(profileId, profiles.folderTag);
    writeSection(store, { ...current, pendingAccount: account });
    try {
      await secrets.set(account, clientSecret);
    } catch (error) {
      await sweep(profileId, store, secrets).catch(() => undefined);
      throw error;
    }
    try {
      writeSection(store, {
        clientId,
        storedAt: now().toISOString(),
        backend: secrets.info().backend,
        secretAccount: account,
        retiredAccounts: [...(current.retiredAccounts ?? []), ...(current.secretAccount ? [current.secretAccount] : []), ...unrecorded],
      });
    } catch (error) {
      // The old metadata still names the old secret and lists the new one as pending: drop the new one now.
      await secrets.delete(account).catch(() => undefined);
      throw error;
    }
    logger.info('credentials stored', { profileId, backend: secrets.info().backend, replaced: !!current.secretAccount });
    await sweep(profileId, store, secrets);
    reportGate(profileId, true);
    return { ...(await statusOf(readSection(store))), notices };
  };

  const service: CredentialsService = {
    async sweepOrphans() {
      try {
        const { store } = await secretStore();
        await sweepOrphans(store);
      } catch (error) {
        // Housekeeping: a locked keychain or a busy profile must not stop the app; the next start tries again.
        logger.warn('could not sweep the secret store', { code: error instanceof AppError ? error.code : 'unknown' });
      }
    },

    async storeInfo(): Promise<StoreInfo> {
      const { store, fallbackReason } = await secretStore();
      return { ...store.info(), ...(fallbackReason ? { fallbackReason } : {}) };
    },

    async status(profileId) {
      const section = readSection(storeOf(profileId));
      const status = await statusOf(section);
      if (status.stored) return status;
      // The record says nothing is stored; the keychain may disagree when the record was lost with a damaged file.
      // Looking is best effort: without a usable keychain the record's answer stands.
      try {
        const { store: secrets } = await secretStore();
        if ((await unrecordedItems(profileId, secrets, section)).length === 0) return status;
        return { ...status, stored: true, backend: secrets.info().backend, recordLost: true };
      } catch {
        return status;
      }
    },

    async capture(profileId, input) {
      // Registered before anything else can fail, so even a rejected secret never reaches a log or a message.
      redactor.register(input.clientSecret.trim());
      // Bad input is refused before any store is opened or lock taken (checked again inside, on the locked record).
      try {
        cleanCredentialInput(input, { knownClientId: readSection(storeOf(profileId)).clientId, confirmedFields: input.confirmedFields });
      } catch (error) {
        // The Client ID field may hold the secret: treat it as one from here on.
        if (error instanceof AppError && (error.code === 'credentials-swapped' || error.code === 'client-id-looks-secret')) redactor.register(input.clientId.trim());
        throw error;
      }
      return exclusive(profileId, (secrets) => captureNow(profileId, input, secrets));
    },

    async delete(profileId) {
      const secrets = await removalStore(profileId);
      return profiles.exclusive(profileId, async () => {
        await retireAll(profileId, {}, secrets);
        // Every item of the profile goes, recorded or not (a crash, a damaged profile file): search the keychain.
        const failed: string[] = [];
        for (const account of await itemsOf(profileId, secrets)) await secrets.delete(account).catch(() => void failed.push(account));
        if (failed.length > 0) {
          throw new AppError('secret-store-failed', `${failed.length} secret(s) of this profile could not be removed from the ${secrets.info().label}. Unlock it and try again.`);
        }
        storeOf(profileId).clear('credentials');
        logger.info('credentials deleted', { profileId });
        if (profiles.resolve(profileId)) reportGate(profileId, false);
        return { stored: false };
      });
    },

    async forgetSecret(profileId) {
      const secrets = await removalStore(profileId);
      return profiles.exclusive(profileId, async () => {
        const section = readSection(storeOf(profileId));
        if (!section.clientId) throw new AppError('no-credentials', 'No credentials are stored for this profile, so there is no secret to forget.');
        if (section.secretAccount) await retireAll(profileId, { forgottenAt: now().toISOString() }, secrets);
        logger.info('client secret forgotten', { profileId });
        return statusOf(readSection(storeOf(profileId)));
      });
    },

    async checkReadable(profileId) {
      try {
        await service.withCredentials(profileId, () => Promise.resolve());
        return { readable: true };
      } catch (error) {
        if (error instanceof AppError) return { readable: false, code: error.code, message: redactor.redact(error.message) };
        throw error;
      }
    },

    async withCredentials(profileId, use) {
      const section = readSection(storeOf(profileId));
      if (!section.clientId || !section.secretAccount) {
        throw new AppError(
          'no-credentials',
          section.forgottenAt
            ? 'The Client Secret was forgotten after the hand-off. To use these credentials again, generate new keys in Mimecast and capture them.'
            : 'No Client ID and Secret are stored for this profile. Capture them first.',
        );
      }
      if (!belongsToProfile(section.secretAccount, profileId)) {
        throw new AppError('secret-missing', 'The profile’s credentials record does not belong to it. Capture the credentials again.');
      }
      // Known from the record alone: no keychain is opened (or fails to open) to say that the key is missing.
      if (section.backend === 'key-file' && !deps.storeKeyGiven) {
        throw new AppError(
          'store-key-required',
          `The Client Secret is in the key-file store (encrypted to a store key, for scheduled runs), and no store key was given. ${deps.storeKeyAdvice ?? CLI_STORE_KEY_ADVICE}`,
        );
      }
      const { store: secrets } = await openStore('read');
      const active = secrets.info();
      if (section.backend && section.backend !== active.backend && section.backend !== 'memory') {
        throw new AppError(
          'secret-store-mismatch',
          active.backend === 'key-file'
            ? `The Client Secret of this profile is in ${section.backend === 'safe-storage' ? 'Electron safeStorage, which only the app can read' : `the system keychain (${section.backend})`}, and this run was given a store key, so it reads only the key-file store. ` +
                'Run without the store key where that store can be read, or store the credentials again with this key.'
            : `The secret was stored in ${section.backend === 'safe-storage' ? 'Electron safeStorage, which only the app can read' : `another store (${section.backend})`}, but this run uses the ${active.label}. ` +
                'Use the app, or store the credentials again here.',
        );
      }
      const clientSecret = await secrets.get(section.secretAccount);
      if (clientSecret === undefined) {
        throw new AppError(
          'secret-missing',
          section.backend === 'memory'
            ? 'The secret was kept in memory only and the app has restarted since, so it is gone. Capture the credentials again.'
            : `The secret is no longer in the ${active.label} (it may have been removed there). Capture the credentials again.`,
        );
      }
      redactor.register(clientSecret);
      redactor.registerPair(section.clientId, clientSecret);
      return use({ clientId: section.clientId, clientSecret });
    },
  };
  return service;
}
