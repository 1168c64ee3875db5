import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProfileCiphertextStore } from '../../../../../electron/services/secrets/profile-ciphertext-store.ts';
import { createSafeStorageSecretStore } from '../../../../../electron/services/secrets/safe-storage-secret-store.ts';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import { FakeSafeStorage } from '../../../../helpers/fake-safe-storage.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

describe('profile ciphertext store', () => {
  it('keeps safeStorage ciphertext in the owning profile’s file, validated and removable', async () => {
    const dataDir = tempDataDir();
    const profiles = createProfilesService({ dataDir, openStore: openConfStore });
    profiles.create('Customer B');
    const store = createSafeStorageSecretStore({ safeStorage: new FakeSafeStorage(), ciphertexts: createProfileCiphertextStore(profiles), platform: 'linux' });

    await store.set('customer-b:client-secret:1', 'plain-secret-value');
    const file = readFileSync(profiles.store('customer-b').path, 'utf8');
    expect((JSON.parse(file) as { encryptedSecrets: Record<string, unknown> }).encryptedSecrets['customer-b:client-secret:1']).toMatchObject({ backend: 'gnome_libsecret' });
    expect(file).not.toContain('plain-secret-value');
    expect(profiles.store('default').read('encryptedSecrets')).toBeUndefined();

    // A fresh process reads the same file back.
    const reopened = createProfilesService({ dataDir, openStore: openConfStore });
    const again = createSafeStorageSecretStore({ safeStorage: new FakeSafeStorage(), ciphertexts: createProfileCiphertextStore(reopened), platform: 'linux' });
    expect(await again.get('customer-b:client-secret:1')).toBe('plain-secret-value');

    await again.delete('customer-b:client-secret:1');
    expect(await again.get('customer-b:client-secret:1')).toBeUndefined();
    expect(reopened.store('customer-b').read('encryptedSecrets')).toEqual({});
  });

  it('answers nothing for an account of a profile that does not exist', () => {
    const profiles = createProfilesService({ dataDir: tempDataDir(), openStore: openConfStore });
    const ciphertexts = createProfileCiphertextStore(profiles);
    expect(ciphertexts.read('gone:client-secret:1')).toBeUndefined();
    expect(() => ciphertexts.delete('gone:client-secret:1')).not.toThrow();
  });
});
