import type { EncryptedSecret } from '../../shared/credentials/credentials.ts';
import type { AsyncSafeStorage, CiphertextStore } from '../../electron/services/secrets/safe-storage-secret-store.ts';

/**
 * A stand-in for Electron's async safeStorage with the same shapes. "Encryption" XORs with a key that belongs to the
 * backend, so a backend switch really makes old ciphertext unreadable, and the plain text never shows in the output.
 */
export class FakeSafeStorage implements AsyncSafeStorage {
  backend = 'gnome_libsecret';
  available = true;
  /** The next decrypt answers `shouldReEncrypt: true` (Chromium rotated its key). */
  askToReEncrypt = false;
  encryptions = 0;

  private keyOf(backend: string): number {
    return [...backend].reduce((sum, ch) => (sum + ch.charCodeAt(0)) % 251, 7) || 1;
  }

  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }

  encryptStringAsync(plainText: string): Promise<Buffer> {
    this.encryptions += 1;
    const key = this.keyOf(this.backend);
    const body = Buffer.from(plainText, 'utf8').map((byte) => byte ^ key);
    return Promise.resolve(Buffer.concat([Buffer.from('v11'), Buffer.from(body)]));
  }

  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (encrypted.subarray(0, 3).toString() !== 'v11') return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'));
    const key = this.keyOf(this.backend);
    const result = Buffer.from(encrypted.subarray(3).map((byte) => byte ^ key)).toString('utf8');
    const shouldReEncrypt = this.askToReEncrypt;
    this.askToReEncrypt = false;
    return Promise.resolve({ shouldReEncrypt, result });
  }

  getSelectedStorageBackend(): string {
    return this.backend;
  }
}

/** Ciphertexts in a Map, as the profile section would hold them. */
export function mapCiphertextStore(): CiphertextStore & { entries: Map<string, EncryptedSecret> } {
  const entries = new Map<string, EncryptedSecret>();
  return {
    entries,
    read: (account) => entries.get(account),
    write: (account, value) => void entries.set(account, value),
    delete: (account) => void entries.delete(account),
  };
}
