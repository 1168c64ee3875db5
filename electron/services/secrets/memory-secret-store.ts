import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import type { SecretStore } from './secret-store.ts';

const memoryStoreInfo: SecretStoreInfo = {
  backend: 'memory',
  label: 'Memory only (this run)',
  persistent: false,
  protection:
    'No protected store is available, so the secret is kept in this app’s memory only: nothing is written to disk, and it is gone when you quit.',
};

/** The last resort when neither the OS keychain nor a protected safeStorage works; also the test double. */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    info: () => memoryStoreInfo,
    get: (account) => Promise.resolve(secrets.get(account)),
    set(account, secret) {
      secrets.set(account, secret);
      return Promise.resolve();
    },
    delete(account) {
      secrets.delete(account);
      return Promise.resolve();
    },
    accounts: () => Promise.resolve([...secrets.keys()]),
  };
}
