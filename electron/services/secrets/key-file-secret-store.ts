import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../../shared/errors.ts';
import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import type { CiphertextStore } from './safe-storage-secret-store.ts';
import type { SecretStore } from './secret-store.ts';
import type { StoreKey } from './store-key.ts';

/** What the ciphertext records name as their encryption: age (X25519), to the recipient recorded beside them. */
const KEY_FILE_CIPHER = 'age';

/** The name every message uses for this store. */
export const KEY_FILE_STORE_LABEL = 'key-file store';

function keyFileStoreInfo(key: Pick<StoreKey, 'path'>): SecretStoreInfo {
  return {
    backend: 'key-file',
    label: KEY_FILE_STORE_LABEL,
    persistent: true,
    protection:
      `Encrypted with age to the store key ${key.path}, in the profile’s file: whoever can read the key file can read the secret, ` +
      'so keep it readable by this account only and away from the data folder.',
  };
}

export interface KeyFileStoreOptions {
  key: StoreKey;
  /** The profile files' `encryptedSecrets` sections (see `profile-ciphertext-store.ts`). */
  ciphertexts: CiphertextStore;
  now?: () => Date;
}

const wrongKey = (key: StoreKey, recipient: string | undefined): AppError =>
  new AppError(
    'store-key-wrong',
    `The store key ${key.path} does not open this profile’s Client Secret` +
      (recipient ? ` (it was stored with the key whose public key is ${recipient}; this one is ${key.recipient})` : '') +
      '. Give the key file the credentials were stored with, or store them again with this key (credentials set --store-key).',
  );

/**
 * The key-file store, for machines without a keychain (cron, servers, containers, CI): each secret is encrypted with
 * age (the `age-encryption` package; no cryptography of our own) to the run's store key, and the ciphertext is kept in
 * the profile's file like safeStorage's. Removing a secret needs no key; reading it needs the very key it was stored with.
 */
export function createKeyFileSecretStore(options: KeyFileStoreOptions): SecretStore {
  const { key, ciphertexts } = options;
  const now = options.now ?? (() => new Date());
  const info = keyFileStoreInfo(key);

  return {
    info: () => info,
    async set(account, secret) {
      const encrypter = new Encrypter();
      encrypter.addRecipient(key.recipient);
      const ciphertext = Buffer.from(await encrypter.encrypt(secret)).toString('base64');
      ciphertexts.write(account, { ciphertext, backend: KEY_FILE_CIPHER, recipient: key.recipient, encryptedAt: now().toISOString() });
    },
    async get(account) {
      const record = ciphertexts.read(account);
      if (!record) return undefined;
      if (record.backend !== KEY_FILE_CIPHER) {
        throw new AppError('secret-store-mismatch', 'This secret was encrypted by the app (Electron safeStorage), which only the app can read. Use the app, or store the credentials again here.');
      }
      if (record.recipient && record.recipient !== key.recipient) throw wrongKey(key, record.recipient);
      const decrypter = new Decrypter();
      decrypter.addIdentity(key.identity);
      try {
        return await decrypter.decrypt(Buffer.from(record.ciphertext, 'base64'), 'text');
      } catch (error) {
        if (!record.recipient) throw wrongKey(key, undefined);
        throw new AppError(
          'secret-store-failed',
          `The stored secret could not be decrypted with the store key ${key.path}, though it was stored with that key: the profile file is damaged. Store the credentials again.`,
          { cause: error },
        );
      }
    },
    delete(account) {
      ciphertexts.delete(account);
      return Promise.resolve();
    },
  };
}
