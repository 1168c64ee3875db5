import { AsyncEntry, findCredentialsAsync } from '@napi-rs/keyring';
import { PRODUCT_NAME } from '../paths.ts';
import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import { keyringError } from './keyring-errors.ts';
import type { SecretStore } from './secret-store.ts';

/** The keychain item's service name; accounts are `<profileId>:client-secret` and the like. */
export const KEYRING_SERVICE = PRODUCT_NAME;

/** The slice of @napi-rs/keyring's `AsyncEntry` the adapter uses (a fake stands in for fault tests). */
export interface KeyringEntry {
  getPassword(): Promise<string | null>;
  setPassword(password: string): Promise<void>;
  deleteCredential(): Promise<boolean>;
}

export type CreateKeyringEntry = (service: string, account: string) => KeyringEntry;

/** Lists the accounts of a service (the library's search answers passwords too; the adapter drops them at once). */
export type FindAccounts = (service: string) => Promise<string[]>;

export interface KeyringStoreOptions {
  platform: string;
  service?: string;
  createEntry?: CreateKeyringEntry;
  findAccounts?: FindAccounts;
}

const realFindAccounts: FindAccounts = async (service) => (await findCredentialsAsync(service)).map((credential) => credential.account);

/**
 * Linux is pinned to the Secret Service: left to itself the library falls back to the kernel keyring, which loses
 * the secret at reboot without a word. Pinned, a missing Secret Service is an error we can explain.
 */
const realEntry: CreateKeyringEntry = (service, account) => new AsyncEntry(service, account, { linux: { store: 'secret-service' } });

export function keyringStoreInfo(platform: string): SecretStoreInfo {
  if (platform === 'darwin') {
    return {
      backend: 'keychain',
      label: 'macOS Keychain',
      persistent: true,
      protection: 'Encrypted in your login keychain: other users cannot read it, and other apps must ask your permission first.',
    };
  }
  if (platform === 'win32') {
    return {
      backend: 'dpapi',
      label: 'Windows Credential Manager',
      persistent: true,
      protection: 'Encrypted with your Windows sign-in (DPAPI): other users cannot read it, but programs you run yourself can.',
    };
  }
  return {
    backend: 'secret-service',
    label: 'GNOME Secret Service',
    persistent: true,
    protection:
      'Encrypted in your desktop keyring with your login password: other users cannot read it, but programs in your session can ask for it while the keyring is unlocked.',
  };
}

/** The OS keychain adapter (macOS Keychain, Windows Credential Manager, the Linux Secret Service). */
export function createKeyringSecretStore(options: KeyringStoreOptions): SecretStore {
  const info = keyringStoreInfo(options.platform);
  const service = options.service ?? KEYRING_SERVICE;
  const createEntry = options.createEntry ?? realEntry;

  // Creating the entry already talks to D-Bus on Linux and throws there when no session bus exists.
  const run = async <T>(account: string, action: (entry: KeyringEntry) => Promise<T>): Promise<T> => {
    try {
      return await action(createEntry(service, account));
    } catch (error) {
      throw keyringError(error, info.label, options.platform);
    }
  };

  return {
    info: () => info,
    get: (account) => run(account, async (entry) => (await entry.getPassword()) ?? undefined),
    set: (account, secret) => run(account, (entry) => entry.setPassword(secret)),
    delete: (account) => run(account, async (entry) => void (await entry.deleteCredential())),
    async accounts() {
      try {
        return await (options.findAccounts ?? realFindAccounts)(service);
      } catch (error) {
        throw keyringError(error, info.label, options.platform);
      }
    },
  };
}
