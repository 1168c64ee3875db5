import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../../../electron/services/secrets/memory-secret-store.ts';
import { secretStoreContract } from '../../../../helpers/secret-store-contract.ts';

secretStoreContract('memory', () => createMemorySecretStore());

describe('memory secret store', () => {
  it('says plainly that it does not persist', () => {
    const info = createMemorySecretStore().info();
    expect(info.backend).toBe('memory');
    expect(info.persistent).toBe(false);
    expect(info.protection).toMatch(/gone when you quit/);
  });

  it('keeps nothing between instances (a restart loses the secret)', async () => {
    await createMemorySecretStore().set('p:client-secret', 'secret-value-1');
    expect(await createMemorySecretStore().get('p:client-secret')).toBeUndefined();
  });
});
