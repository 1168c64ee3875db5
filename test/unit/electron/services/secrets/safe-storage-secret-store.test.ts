import type { SafeStorage } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createSafeStorageSecretStore, safeStorageUnavailableReason, type AsyncSafeStorage } from '../../../../../electron/services/secrets/safe-storage-secret-store.ts';
import { secretStoreContract } from '../../../../helpers/secret-store-contract.ts';
import { FakeSafeStorage, mapCiphertextStore } from '../../../../helpers/fake-safe-storage.ts';

secretStoreContract('Electron safeStorage (fake of the async API)', () =>
  createSafeStorageSecretStore({ safeStorage: new FakeSafeStorage(), ciphertexts: mapCiphertextStore(), platform: 'linux' }),
);

function setup(platform = 'linux') {
  const safeStorage = new FakeSafeStorage();
  const ciphertexts = mapCiphertextStore();
  const store = createSafeStorageSecretStore({ safeStorage, ciphertexts, platform, now: () => new Date('2026-01-02T03:04:05Z') });
  return { safeStorage, ciphertexts, store };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('safeStorage secret store', () => {
  it('accepts Electron’s own safeStorage object as it is (a type-level check; Electron is not loaded)', () => {
    const asPort = (electronSafeStorage: SafeStorage): AsyncSafeStorage => electronSafeStorage;
    expect(typeof asPort).toBe('function');
  });

  it('keeps base64 ciphertext with the backend that made it, never the plain text', async () => {
    const { store, ciphertexts } = setup();
    await store.set('p:client-secret', 'plain-secret-value');
    const record = ciphertexts.entries.get('p:client-secret');
    expect(record?.ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(record).toMatchObject({ backend: 'gnome_libsecret', encryptedAt: '2026-01-02T03:04:05.000Z' });
    expect(JSON.stringify(record)).not.toContain('plain-secret-value');
    expect(store.info()).toMatchObject({ backend: 'safe-storage', label: 'Electron safeStorage (libsecret)', persistent: true });
  });

  it('refuses basic_text: a built-in password is not protection', async () => {
    const { store, safeStorage, ciphertexts } = setup();
    safeStorage.backend = 'basic_text';
    const error = await failure(store.set('p:client-secret', 'plain-secret-value'));
    expect(error.code).toBe('secret-store-unavailable');
    expect(error.message).toMatch(/basic_text/);
    expect(ciphertexts.entries.size).toBe(0);
    expect(await safeStorageUnavailableReason(safeStorage, 'linux')).toMatch(/basic_text/);
  });

  it('refuses when encryption is not available at all', async () => {
    const { store, safeStorage } = setup();
    safeStorage.available = false;
    expect((await failure(store.set('p:client-secret', 'plain-secret-value'))).code).toBe('secret-store-unavailable');
  });

  it('re-encrypts when safeStorage asks for it, and still answers the secret', async () => {
    const { store, safeStorage, ciphertexts } = setup();
    await store.set('p:client-secret', 'plain-secret-value');
    const before = safeStorage.encryptions;
    safeStorage.askToReEncrypt = true;
    expect(await store.get('p:client-secret')).toBe('plain-secret-value');
    expect(safeStorage.encryptions).toBe(before + 1);
    expect(await store.get('p:client-secret')).toBe('plain-secret-value');
    expect(safeStorage.encryptions).toBe(before + 1);
    expect(ciphertexts.entries.get('p:client-secret')?.backend).toBe('gnome_libsecret');
  });

  it('detects a backend change and says how to get out of it', async () => {
    const { store, safeStorage } = setup();
    await store.set('p:client-secret', 'plain-secret-value');
    safeStorage.backend = 'kwallet6';
    const error = await failure(store.get('p:client-secret'));
    expect(error.code).toBe('secret-store-changed');
    expect(error.message).toMatch(/libsecret.*KWallet 6/);
    expect(error.message).not.toContain('plain-secret-value');
  });

  it('reports ciphertext it cannot decrypt as a failure to capture again', async () => {
    const { store, ciphertexts } = setup();
    ciphertexts.write('p:client-secret', { ciphertext: Buffer.from('garbage').toString('base64'), backend: 'gnome_libsecret', encryptedAt: '2026-01-01T00:00:00.000Z' });
    const error = await failure(store.get('p:client-secret'));
    expect(error.code).toBe('secret-store-failed');
    expect(error.message).toMatch(/Capture the credentials again/);
  });

  it('records the fixed backend on macOS and Windows', async () => {
    for (const [platform, backend, label] of [['darwin', 'keychain', 'macOS Keychain'], ['win32', 'dpapi', 'DPAPI']] as const) {
      const { store, ciphertexts } = setup(platform);
      await store.set('p:client-secret', 'plain-secret-value');
      expect(ciphertexts.entries.get('p:client-secret')?.backend).toBe(backend);
      expect(store.info().label).toBe(`Electron safeStorage (${label})`);
    }
  });
});
