import { randomUUID } from 'node:crypto';
import { createKeyringSecretStore } from '../../electron/services/secrets/keyring-secret-store.ts';

/** A keychain service name of its own per test run, so tests never touch the app's real items. */
export const testKeyringService = (): string => `Mimecast AW Assistant tests ${randomUUID()}`;

/**
 * Why the real Secret Service cannot be used here, or undefined when it can. `npm test` (and `.ci/run`) start
 * gnome-keyring in a D-Bus session; a bare `npx vitest` outside one skips the keyring tests and says why.
 */
export async function secretServiceSkipReason(): Promise<string | undefined> {
  if (process.platform !== 'linux') return `the real-keychain tests target the Linux Secret Service; this is ${process.platform}`;
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    return 'no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset); run under `npm test` or dbus-run-session with gnome-keyring-daemon --unlock';
  }
  const store = createKeyringSecretStore({ platform: process.platform, service: testKeyringService() });
  const account = `probe:${randomUUID()}`;
  try {
    await store.set(account, 'probe-value');
    const back = await store.get(account);
    await store.delete(account);
    return back === 'probe-value' ? undefined : 'the Secret Service did not give back a probe value';
  } catch (error) {
    return `the Secret Service is not usable: ${error instanceof Error ? error.message : String(error)}`;
  }
}
