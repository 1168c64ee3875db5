import { createMemorySecretStore } from '../electron/services/secrets/memory-secret-store.ts';
import { keyringStoreInfo } from '../electron/services/secrets/keyring-secret-store.ts';
import type { SecretStore } from '../electron/services/secrets/secret-store.ts';

/**
 * A working keychain stand-in: memory inside, the GNOME Secret Service's name outside, so the services take it as the
 * OS keychain. `size()` counts the items held, leaving out the store-choice probes.
 */
export function memoryKeychain(): SecretStore & { size(): number } {
  const inner = createMemorySecretStore();
  const accounts = new Set<string>();
  return {
    info: () => keyringStoreInfo('linux'),
    get: (a) => inner.get(a),
    set: async (a, s) => void (await inner.set(a, s), accounts.add(a)),
    delete: async (a) => void (await inner.delete(a), accounts.delete(a)),
    size: () => [...accounts].filter((a) => !a.startsWith('probe:')).length,
  };
}
