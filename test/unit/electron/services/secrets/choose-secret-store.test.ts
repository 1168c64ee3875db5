import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { chooseSecretStore, NO_PROTECTED_STORE } from '../../../../../electron/services/secrets/choose-secret-store.ts';
import { createMemorySecretStore } from '../../../../../electron/services/secrets/memory-secret-store.ts';
import { keyringStoreInfo } from '../../../../../electron/services/secrets/keyring-secret-store.ts';
import type { SecretStore } from '../../../../../electron/services/secrets/secret-store.ts';
import { FakeSafeStorage, mapCiphertextStore } from '../../../../helpers/fake-safe-storage.ts';

/** A keychain that works: memory behaviour under the Secret Service's name. */
function workingKeyring(): SecretStore & { calls: string[] } {
  const inner = createMemorySecretStore();
  const calls: string[] = [];
  return {
    calls,
    info: () => keyringStoreInfo('linux'),
    get: (a) => (calls.push('get'), inner.get(a)),
    set: (a, s) => (calls.push('set'), inner.set(a, s)),
    delete: (a) => (calls.push('delete'), inner.delete(a)),
  };
}

function lockedKeyring(): SecretStore {
  const locked = () => Promise.reject(new AppError('secret-store-locked', 'The GNOME Secret Service is locked.'));
  return { info: () => keyringStoreInfo('linux'), get: locked, set: locked, delete: locked };
}

describe('chooseSecretStore', () => {
  it('takes the keychain when a set/get/delete round trip works, and leaves no probe behind', async () => {
    const keyring = workingKeyring();
    const chosen = await chooseSecretStore({ platform: 'linux', keyring, safeStorage: new FakeSafeStorage(), ciphertexts: mapCiphertextStore(), fallback: 'memory' });
    expect(chosen.store).toBe(keyring);
    expect(chosen.fallbackReason).toBeUndefined();
    expect(keyring.calls).toEqual(['set', 'get', 'delete']);
  });

  it('falls back to safeStorage when the keychain fails, and says why', async () => {
    const chosen = await chooseSecretStore({ platform: 'linux', keyring: lockedKeyring(), safeStorage: new FakeSafeStorage(), ciphertexts: mapCiphertextStore(), fallback: 'memory' });
    expect(chosen.store.info().backend).toBe('safe-storage');
    expect(chosen.fallbackReason).toMatch(/locked/);
  });

  it('keeps secrets in memory when safeStorage would use basic_text', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const chosen = await chooseSecretStore({ platform: 'linux', keyring: lockedKeyring(), safeStorage, ciphertexts: mapCiphertextStore(), fallback: 'memory' });
    expect(chosen.store.info().backend).toBe('memory');
    expect(chosen.fallbackReason).toMatch(/locked.*basic_text/s);
  });

  it('keeps secrets in memory when safeStorage has no encryption', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.available = false;
    const chosen = await chooseSecretStore({ platform: 'linux', safeStorage, ciphertexts: mapCiphertextStore(), fallback: 'memory' });
    expect(chosen.store.info()).toMatchObject({ backend: 'memory', persistent: false });
  });

  it('refuses (the CLI) when no protected store works', async () => {
    const error = await chooseSecretStore({ platform: 'linux', keyring: lockedKeyring(), fallback: 'refuse' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(NO_PROTECTED_STORE);
    expect((error as AppError).message).toMatch(/No protected store is available.*locked/s);
  });
});
