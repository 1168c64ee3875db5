import { AppError } from '../../../shared/errors.ts';
import type { EncryptedSecret } from '../../../shared/credentials/credentials.ts';
import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import type { SecretStore } from './secret-store.ts';

/**
 * The slice of Electron's `safeStorage` the adapter uses: the async API only (the synchronous one is deprecated in
 * Electron 45 and removed in 46). `electron/main` passes `safeStorage` itself.
 */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only: `gnome_libsecret`, `kwallet*`, `basic_text`, … */
  getSelectedStorageBackend?(): string;
}

/** Where the ciphertexts live: a section of the profile's store (see `profile-ciphertext-store.ts`). */
export interface CiphertextStore {
  read(account: string): EncryptedSecret | undefined;
  write(account: string, value: EncryptedSecret): void;
  delete(account: string): void;
}

/** The Linux backend whose "encryption" uses a password hard-coded in Chromium: not protection at all. */
const UNPROTECTED_BACKEND = 'basic_text';

function safeStorageBackend(safeStorage: AsyncSafeStorage, platform: string): string {
  if (platform === 'darwin') return 'keychain';
  if (platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
}

const backendLabels: Record<string, string> = {
  keychain: 'macOS Keychain',
  dpapi: 'DPAPI',
  gnome_libsecret: 'libsecret',
  kwallet: 'KWallet',
  kwallet5: 'KWallet 5',
  kwallet6: 'KWallet 6',
};

function safeStorageInfo(backend: string): SecretStoreInfo {
  const protection =
    backend === 'dpapi'
      ? 'Encrypted with a key protected by your Windows sign-in: other users cannot read it, but programs you run yourself can.'
      : backend === 'keychain'
        ? 'Encrypted with a key kept in your login keychain: other users cannot read it, and other apps must ask your permission first.'
        : 'Encrypted with a key kept in your desktop keyring: other users cannot read it, but programs in your session can ask for the key while the keyring is unlocked.';
  return { backend: 'safe-storage', label: `Electron safeStorage (${backendLabels[backend] ?? backend})`, persistent: true, protection };
}

/** Why safeStorage cannot protect a secret here, or undefined when it can. */
export async function safeStorageUnavailableReason(safeStorage: AsyncSafeStorage, platform: string): Promise<string | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'Electron safeStorage reports that encryption is not available.';
  if (safeStorageBackend(safeStorage, platform) === UNPROTECTED_BACKEND) {
    return 'Electron safeStorage found no keyring and would only obscure the secret with a built-in password (basic_text).';
  }
  return undefined;
}

export interface SafeStorageStoreOptions {
  safeStorage: AsyncSafeStorage;
  ciphertexts: CiphertextStore;
  platform: string;
  now?: () => Date;
}

/** Electron safeStorage adapter: the ciphertext (base64) goes into the profile's store with the backend that made it. */
export function createSafeStorageSecretStore(options: SafeStorageStoreOptions): SecretStore {
  const { safeStorage, ciphertexts, platform } = options;
  const now = options.now ?? (() => new Date());
  const backend = (): string => safeStorageBackend(safeStorage, platform);

  const encrypt = async (account: string, secret: string): Promise<void> => {
    const reason = await safeStorageUnavailableReason(safeStorage, platform);
    if (reason) throw new AppError('secret-store-unavailable', `${reason} The secret was not stored. Unlock or install a keyring, then try again.`);
    let ciphertext: string;
    try {
      ciphertext = (await safeStorage.encryptStringAsync(secret)).toString('base64');
    } catch (error) {
      throw new AppError('secret-store-failed', 'Electron safeStorage could not encrypt the secret. Try again; if it keeps failing, restart the app.', { cause: error });
    }
    ciphertexts.write(account, { ciphertext, backend: backend(), encryptedAt: now().toISOString() });
  };

  return {
    info: () => safeStorageInfo(backend()),
    set: encrypt,
    async get(account) {
      const record = ciphertexts.read(account);
      if (!record) return undefined;
      const current = backend();
      if (record.backend !== current) {
        throw new AppError(
          'secret-store-changed',
          `The secret was encrypted with ${backendLabels[record.backend] ?? record.backend}, but this session uses ${backendLabels[current] ?? current}, so it cannot be read. ` +
            'Sign in to the desktop session you used before, or capture the credentials again.',
        );
      }
      let decrypted: { shouldReEncrypt: boolean; result: string };
      try {
        decrypted = await safeStorage.decryptStringAsync(Buffer.from(record.ciphertext, 'base64'));
      } catch (error) {
        throw new AppError(
          'secret-store-failed',
          'The stored secret could not be decrypted (the keyring’s key may have been reset). Capture the credentials again.',
          { cause: error },
        );
      }
      // Chromium rotated its key or moved to a better backend: store a fresh ciphertext so the old key can go.
      if (decrypted.shouldReEncrypt) await encrypt(account, decrypted.result);
      return decrypted.result;
    },
    delete(account) {
      ciphertexts.delete(account);
      return Promise.resolve();
    },
  };
}
