import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createKeyFileSecretStore } from '../../../../../electron/services/secrets/key-file-secret-store.ts';
import { createStoreKeyFile, readStoreKey, type StoreKey } from '../../../../../electron/services/secrets/store-key.ts';
import { secretStoreContract } from '../../../../helpers/secret-store-contract.ts';
import { mapCiphertextStore } from '../../../../helpers/fake-safe-storage.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

async function newKey(): Promise<StoreKey> {
  const dataDir = tempDataDir();
  const path = join(tempDataDir('aw-keys-'), 'store.key');
  await createStoreKeyFile(path, dataDir);
  return readStoreKey(path, dataDir);
}

const key = await newKey();
secretStoreContract('key-file store (age)', () => createKeyFileSecretStore({ key, ciphertexts: mapCiphertextStore() }));

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('key-file secret store', () => {
  it('keeps an age ciphertext with the recipient it was encrypted to, never the secret or the private key', async () => {
    const ciphertexts = mapCiphertextStore();
    const store = createKeyFileSecretStore({ key, ciphertexts, now: () => new Date('2026-01-02T03:04:05Z') });
    await store.set('p:client-secret', 'plain-secret-value-123');
    const record = ciphertexts.entries.get('p:client-secret')!;
    expect(record).toMatchObject({ backend: 'age', recipient: key.recipient, encryptedAt: '2026-01-02T03:04:05.000Z' });
    expect(Buffer.from(record.ciphertext, 'base64').toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> X25519 /);
    const serialised = JSON.stringify(record);
    expect(serialised).not.toContain('plain-sec');
    expect(serialised).not.toContain(key.identity.slice(20, 28));
    expect(store.info()).toMatchObject({ backend: 'key-file', label: 'key-file store', persistent: true });
    expect(store.info().protection).toContain(key.path);
  });

  it('another key: store-key-wrong naming both public keys, before any decryption', async () => {
    const ciphertexts = mapCiphertextStore();
    await createKeyFileSecretStore({ key, ciphertexts }).set('p:client-secret', 'plain-secret-value-123');
    const other = await newKey();
    const error = await failure(createKeyFileSecretStore({ key: other, ciphertexts }).get('p:client-secret'));
    expect(error.code).toBe('store-key-wrong');
    expect(error.message).toContain(key.recipient);
    expect(error.message).toContain(other.recipient);
    expect(error.message).toContain(other.path);
  });

  it('another key and no recorded recipient: still store-key-wrong (age finds no matching recipient)', async () => {
    const ciphertexts = mapCiphertextStore();
    await createKeyFileSecretStore({ key, ciphertexts }).set('p:client-secret', 'plain-secret-value-123');
    const { recipient: _dropped, ...withoutRecipient } = ciphertexts.entries.get('p:client-secret')!;
    ciphertexts.entries.set('p:client-secret', withoutRecipient);
    expect((await failure(createKeyFileSecretStore({ key: await newKey(), ciphertexts }).get('p:client-secret'))).code).toBe('store-key-wrong');
  });

  it('a damaged ciphertext under the right key is named as damage, not as a wrong key', async () => {
    const ciphertexts = mapCiphertextStore();
    const store = createKeyFileSecretStore({ key, ciphertexts });
    await store.set('p:client-secret', 'plain-secret-value-123');
    const record = ciphertexts.entries.get('p:client-secret')!;
    const bytes = Buffer.from(record.ciphertext, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    ciphertexts.entries.set('p:client-secret', { ...record, ciphertext: bytes.toString('base64') });
    expect((await failure(store.get('p:client-secret'))).code).toBe('secret-store-failed');
  });

  it('a safeStorage ciphertext is not read as one of its own', async () => {
    const ciphertexts = mapCiphertextStore();
    ciphertexts.write('p:client-secret', { ciphertext: 'AAAA', backend: 'gnome_libsecret', encryptedAt: '2026-01-02T03:04:05.000Z' });
    expect((await failure(createKeyFileSecretStore({ key, ciphertexts }).get('p:client-secret'))).code).toBe('secret-store-mismatch');
  });
});
