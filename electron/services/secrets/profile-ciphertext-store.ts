import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { CiphertextStore } from './safe-storage-secret-store.ts';
import { profileOfAccount } from './secret-accounts.ts';

/** Keeps safeStorage ciphertexts in the `encryptedSecrets` section of the profile the account belongs to. */
export function createProfileCiphertextStore(profiles: ProfilesService): CiphertextStore {
  const storeOf = (account: string) => {
    const id = profileOfAccount(account);
    return id && profiles.resolve(id)?.id === id ? profiles.store(id) : undefined;
  };
  return {
    read: (account) => storeOf(account)?.read('encryptedSecrets')?.[account],
    write(account, value) {
      const store = storeOf(account);
      if (!store) throw new Error(`No profile for secret account ${account}`);
      store.write('encryptedSecrets', { ...store.read('encryptedSecrets'), [account]: value });
    },
    delete(account) {
      const store = storeOf(account);
      const current = store?.read('encryptedSecrets');
      if (!store || !current || !(account in current)) return;
      const { [account]: _removed, ...rest } = current;
      store.write('encryptedSecrets', rest);
    },
  };
}
