import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import { createMemorySecretStore } from './memory-secret-store.ts';
import { createSafeStorageSecretStore, safeStorageUnavailableReason, type AsyncSafeStorage, type CiphertextStore } from './safe-storage-secret-store.ts';
import type { SecretStore } from './secret-store.ts';
import { createKeyFileSecretStore } from './key-file-secret-store.ts';
import type { StoreKey } from './store-key.ts';

export interface SecretStoreCandidates {
  platform: string;
  /**
   * The CLI's store key (`--store-key`, `MIMECAST_AW_STORE_KEY_FILE`): when given, the run keeps and reads its
   * secrets in the key-file store and nowhere else (no keychain is probed).
   */
  storeKey?: StoreKey;
  /** The OS keychain adapter; used when a set/get/delete round trip works. */
  keyring?: SecretStore;
  /** Electron's safeStorage (app only), used when the keychain fails and safeStorage really protects. */
  safeStorage?: AsyncSafeStorage;
  /** Required with `safeStorage` and `storeKey`: where their ciphertexts go. */
  ciphertexts?: CiphertextStore;
  /** When nothing protected works: keep secrets in memory (the app, with a banner) or refuse (the CLI: exit 2). */
  fallback: 'memory' | 'refuse';
  now?: () => Date;
}

export interface ChosenSecretStore {
  store: SecretStore;
  /** Why the app is not using a better store; shown in the memory-only banner. */
  fallbackReason?: string;
}

/** Error codes `chooseSecretStore` throws with `fallback: 'refuse'`. */
export const NO_PROTECTED_STORE = 'no-protected-store';

/** Writes, reads back and deletes a throw-away item: the only honest test that a keychain works right now. */
async function keyringProblem(keyring: SecretStore): Promise<string | undefined> {
  const account = `probe:${randomUUID()}`;
  const value = randomUUID();
  try {
    await keyring.set(account, value);
    const back = await keyring.get(account);
    await keyring.delete(account);
    return back === value ? undefined : `The ${keyring.info().label} did not give back what was stored in it.`;
  } catch (error) {
    return error instanceof AppError ? error.message : `The ${keyring.info().label} failed a test write.`;
  }
}

/**
 * Picks where secrets go in this run: the key-file store when a store key was given, else the keychain when it works,
 * else protected safeStorage, else memory or refusal.
 */
export async function chooseSecretStore(candidates: SecretStoreCandidates): Promise<ChosenSecretStore> {
  if (candidates.storeKey && candidates.ciphertexts) {
    return { store: createKeyFileSecretStore({ key: candidates.storeKey, ciphertexts: candidates.ciphertexts, ...(candidates.now ? { now: candidates.now } : {}) }) };
  }
  const reasons: string[] = [];
  if (candidates.keyring) {
    const problem = await keyringProblem(candidates.keyring);
    if (!problem) return { store: candidates.keyring };
    reasons.push(problem);
  }
  if (candidates.safeStorage && candidates.ciphertexts) {
    const problem = await safeStorageUnavailableReason(candidates.safeStorage, candidates.platform);
    if (!problem) {
      const store = createSafeStorageSecretStore({
        safeStorage: candidates.safeStorage,
        ciphertexts: candidates.ciphertexts,
        platform: candidates.platform,
        ...(candidates.now ? { now: candidates.now } : {}),
      });
      return { store, ...(reasons.length ? { fallbackReason: reasons.join(' ') } : {}) };
    }
    reasons.push(problem);
  }
  if (reasons.length === 0) reasons.push('No protected store is configured for this run.');
  if (candidates.fallback === 'refuse') {
    throw new AppError(NO_PROTECTED_STORE, `No protected store is available. ${reasons.join(' ')}`);
  }
  return { store: createMemorySecretStore(), fallbackReason: reasons.join(' ') };
}
