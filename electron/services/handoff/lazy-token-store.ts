import type { SecretStore } from '../secrets/secret-store.ts';

/** The calls the hand-off makes on the SecretStore (the intake token). */
export type TokenStore = Pick<SecretStore, 'get' | 'set' | 'delete'>;

/**
 * Opens the protected store on first use only: the CLI's `submit` takes its token from the environment and must not
 * probe (or fail on) the keychain when it never reads from it.
 */
export function lazyTokenStore(open: () => Promise<SecretStore>): TokenStore {
  let opened: Promise<SecretStore> | undefined;
  const store = (): Promise<SecretStore> => (opened ??= open());
  return {
    get: async (account) => (await store()).get(account),
    set: async (account, secret) => (await store()).set(account, secret),
    delete: async (account) => (await store()).delete(account),
  };
}
