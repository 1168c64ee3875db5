import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createKeyringSecretStore, keyringStoreInfo, type KeyringEntry } from '../../../../../electron/services/secrets/keyring-secret-store.ts';
import { secretStoreContract } from '../../../../helpers/secret-store-contract.ts';
import { secretServiceSkipReason, testKeyringService } from '../../../../helpers/secret-service.ts';

const skipReason = await secretServiceSkipReason();
secretStoreContract('OS keychain (real Secret Service)', () => createKeyringSecretStore({ platform: process.platform, service: testKeyringService() }), skipReason);

/** An entry that fails every call the way @napi-rs/keyring does. */
const failingEntry = (message: string): KeyringEntry => {
  const fail = () => Promise.reject(Object.assign(new Error(message), { code: 'GenericFailure' }));
  return { getPassword: fail, setPassword: fail, deleteCredential: fail };
};

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, message: (error as AppError).message };
  }
  throw new Error('expected a failure');
}

describe('keyring secret store: faults map to one clear error each', () => {
  const storeFailingWith = (message: string, platform = 'linux') =>
    createKeyringSecretStore({ platform, service: 'test', createEntry: () => failingEntry(message) });

  it('no D-Bus session → no Secret Service running', async () => {
    const failure = await codeOf(
      storeFailingWith('Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead').set('p:s', 'secret-value'),
    );
    expect(failure.code).toBe('secret-store-unavailable');
    expect(failure.message).toMatch(/No Secret Service is running/);
  });

  it('a D-Bus session without a Secret Service → the same message', async () => {
    const failure = await codeOf(storeFailingWith('Platform failure: DBus error: The name org.freedesktop.secrets was not provided by any .service files').get('p:s'));
    expect(failure.code).toBe('secret-store-unavailable');
  });

  it('a locked keyring or one without a default collection → locked', async () => {
    const failure = await codeOf(storeFailingWith("Couldn't access platform storage: Secret Service: no result found").set('p:s', 'secret-value'));
    expect(failure.code).toBe('secret-store-locked');
    expect(failure.message).toMatch(/locked/);
  });

  it('the unlock prompt dismissed → asks to unlock when prompted', async () => {
    const failure = await codeOf(storeFailingWith('Platform failure: Secret Service: prompt dismissed').get('p:s'));
    expect(failure.code).toBe('secret-store-prompt-dismissed');
  });

  it('anything else → a generic failure naming the store', async () => {
    const failure = await codeOf(storeFailingWith('Something odd', 'darwin').delete('p:s'));
    expect(failure.code).toBe('secret-store-failed');
    expect(failure.message).toMatch(/macOS Keychain/);
  });

  it('a constructor that throws (no session bus at all) is mapped too', async () => {
    const store = createKeyringSecretStore({
      platform: 'linux',
      service: 'test',
      createEntry: () => {
        throw new Error('Platform failure: DBus error: set your DBUS_SESSION_BUS_ADDRESS instead');
      },
    });
    expect((await codeOf(store.get('p:s'))).code).toBe('secret-store-unavailable');
  });

  it('names the store the way the admin knows it on each OS', () => {
    expect(keyringStoreInfo('linux')).toMatchObject({ backend: 'secret-service', label: 'GNOME Secret Service', persistent: true });
    expect(keyringStoreInfo('darwin')).toMatchObject({ backend: 'keychain', label: 'macOS Keychain' });
    expect(keyringStoreInfo('win32')).toMatchObject({ backend: 'dpapi', label: 'Windows Credential Manager' });
    expect(keyringStoreInfo('win32').protection).toMatch(/not .*other users|other users cannot/);
  });
});

describe.skipIf(process.platform !== 'linux')('keyring secret store pinned to the Secret Service, with the real library', () => {
  it('fails clearly, instead of falling back to the kernel keyring, when no D-Bus session exists', () => {
    const module = fileURLToPath(new URL('../../../../../electron/services/secrets/keyring-secret-store.ts', import.meta.url));
    const script = `const { createKeyringSecretStore } = await import(${JSON.stringify(module)});
      const store = createKeyringSecretStore({ platform: 'linux', service: 'no-bus test' });
      try { await store.set('p:client-secret', 'secret-value'); console.log('stored'); } catch (e) { console.log(e.code); }`;
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '/nonexistent' };
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('secret-store-unavailable');
  });
});
