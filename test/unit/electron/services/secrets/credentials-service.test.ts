import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createCredentialsService } from '../../../../../electron/services/secrets/credentials-service.ts';
import { createMemorySecretStore } from '../../../../../electron/services/secrets/memory-secret-store.ts';
import { keyringStoreInfo } from '../../../../../electron/services/secrets/keyring-secret-store.ts';
import { createLogger } from '../../../../../electron/services/logging/logger.ts';
import { createRedactor, REDACTED } from '../../../../../electron/services/logging/redactor.ts';
import { createProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';
import type { OpenStore } from '../../../../../electron/services/settings/store.ts';
import type { SecretStore } from '../../../../../electron/services/secrets/secret-store.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const SECRET = 'q8F+/hT2=Zp0_Lk9s.Wn3~Xr';
const NEW_ID = 'Zz9yX8wV7uT6sR5qP4oN3mL2';
const NEW_SECRET = 'n3W+s3cr3t/after=rotation';
const NOW = new Date('2026-03-04T05:06:07.000Z');

/** A SecretStore over a Map the test can inspect, with faults to switch on. */
function inspectableStore(info = keyringStoreInfo('linux')) {
  const inner = createMemorySecretStore();
  const accounts = new Set<string>();
  const faults = { set: undefined as Error | undefined, delete: undefined as Error | undefined, hangAfterSet: false };
  const store: SecretStore = {
    info: () => info,
    get: (a) => inner.get(a),
    async set(a, s) {
      if (faults.set) throw faults.set;
      await inner.set(a, s);
      accounts.add(a);
      // The process dies right after the keychain wrote the secret: nothing after this line runs.
      if (faults.hangAfterSet) await new Promise(() => {});
    },
    async delete(a) {
      if (faults.delete) throw faults.delete;
      await inner.delete(a);
      accounts.delete(a);
    },
    accounts: () => Promise.resolve([...accounts]),
  };
  return { store, accounts, faults };
}

/** conf on a temp folder, with a switch that makes the next writes fail like a read-only disk. */
function faultyOpenStore(writeFaults: { failAfter: number | undefined }): OpenStore {
  return (options) => {
    const store = openConfStore(options);
    const guard = () => {
      if (writeFaults.failAfter === undefined) return;
      if (writeFaults.failAfter <= 0) throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
      writeFaults.failAfter -= 1;
    };
    return new Proxy(store, {
      // conf keeps private fields: every access goes to the real object, never through the proxy.
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        const method = value as (...a: unknown[]) => unknown;
        return (...args: unknown[]) => {
          if (key === 'set' || key === 'delete') guard();
          return method.apply(target, args);
        };
      },
    });
  };
}

function setup(options: { dataDir?: string; secrets?: ReturnType<typeof inspectableStore> } = {}) {
  const dataDir = options.dataDir ?? tempDataDir();
  const writeFaults = { failAfter: undefined as number | undefined };
  const profiles = createProfilesService({ dataDir, openStore: faultyOpenStore(writeFaults), now: () => NOW });
  const secrets = options.secrets ?? inspectableStore();
  const redactor = createRedactor();
  const logLines: string[] = [];
  const credentials = createCredentialsService({
    profiles,
    redactor,
    logger: createLogger(redactor, [(line) => logLines.push(line)], () => NOW),
    now: () => NOW,
    secretStore: () => Promise.resolve({ store: secrets.store }),
  });
  const section = () => profiles.store('default').read('credentials');
  const secretOf = () => credentials.withCredentials('default', (c) => Promise.resolve(c));
  return { dataDir, profiles, secrets, redactor, logLines, credentials, writeFaults, section, secretOf };
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('credentials service', () => {
  it('captures: the secret goes to the store, the profile keeps only the Client ID, time and place', async () => {
    const t = setup();
    const result = await t.credentials.capture('default', { clientId: ID, clientSecret: `${SECRET}\n` });
    expect(result).toEqual({
      stored: true,
      maskedClientId: 'Mc7d…VyL1',
      backend: 'secret-service',
      storedAt: NOW.toISOString(),
      notices: ['Removed a line break at the end of the Client Secret (it came with the paste).'],
    });
    expect(await t.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    const file = readFileSync(t.profiles.store('default').path, 'utf8');
    expect(file).toContain(ID);
    expect(file).not.toContain(SECRET);
    expect(t.secrets.accounts.size).toBe(1);
    expect(t.section()).not.toHaveProperty('pendingAccount');
  });

  it('reports status without the secret, and nothing for a fresh profile', async () => {
    const t = setup();
    expect(await t.credentials.status('default')).toEqual({ stored: false });
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const status = await t.credentials.status('default');
    expect(status).toEqual({ stored: true, maskedClientId: 'Mc7d…VyL1', backend: 'secret-service', storedAt: NOW.toISOString() });
    expect(JSON.stringify(status)).not.toContain(SECRET);
  });

  it('replaces: new keys take over and the old secret is removed from the store', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    await t.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET });
    expect(await t.secretOf()).toEqual({ clientId: NEW_ID, clientSecret: NEW_SECRET });
    expect(t.secrets.accounts.size).toBe(1);
    expect(t.section()?.retiredAccounts).toBeUndefined();
  });

  it('serialises overlapping captures: the last one wins and no secret is left behind', async () => {
    const t = setup();
    const results = await Promise.all([
      t.credentials.capture('default', { clientId: ID, clientSecret: SECRET }),
      t.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET }),
    ]);
    expect(results.map((r) => r.stored)).toEqual([true, true]);
    expect(await t.secretOf()).toEqual({ clientId: NEW_ID, clientSecret: NEW_SECRET });
    expect(t.secrets.accounts.size).toBe(1);
  });

  it('rejects bad input before touching anything', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    for (const [clientId, clientSecret, code] of [
      ['', NEW_SECRET, 'client-id-empty'],
      [NEW_ID, '  \n', 'client-secret-empty'],
      [NEW_SECRET, NEW_ID, 'credentials-swapped'],
      [NEW_ID, ID, 'credentials-swapped'],
      [NEW_ID, NEW_ID, 'credentials-identical'],
    ] as const) {
      expect((await appError(t.credentials.capture('default', { clientId, clientSecret }))).code).toBe(code);
    }
    expect(await t.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    expect(t.secrets.accounts.size).toBe(1);
  });

  it('keeps the old secret when the keychain refuses the new one', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.secrets.faults.set = new AppError('secret-store-locked', 'The GNOME Secret Service is locked.');
    expect((await appError(t.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET }))).code).toBe('secret-store-locked');
    t.secrets.faults.set = undefined;
    expect(await t.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    expect(t.section()).not.toHaveProperty('pendingAccount');
  });

  it('keeps the old secret when the profile file cannot be written, with a specific message', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.writeFaults.failAfter = 0;
    const error = await appError(t.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET }));
    expect(error.code).toBe('store-unwritable');
    expect(error.message).toMatch(/could not save .*Nothing was lost/);
    t.writeFaults.failAfter = undefined;
    expect(await t.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    expect(t.secrets.accounts.size).toBe(1);
  });

  it('keeps the old secret when the switch-over write fails after the new secret was stored, and removes the new one', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.writeFaults.failAfter = 1; // the pending marker is written, the switch-over is not
    expect((await appError(t.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET }))).code).toBe('store-unwritable');
    t.writeFaults.failAfter = undefined;
    expect(await t.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    expect(t.secrets.accounts.size).toBe(1);
  });

  it('survives a crash between "encrypted" and "saved": the old secret stays current and the orphan is cleaned up later', async () => {
    const dataDir = tempDataDir();
    const secrets = inspectableStore();
    const first = setup({ dataDir, secrets });
    await first.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    secrets.faults.hangAfterSet = true;
    void first.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET });
    // the new secret reaches the keychain (after the profile lock is taken), the metadata is never switched
    await vi.waitFor(() => expect(secrets.accounts.size).toBe(2));
    secrets.faults.hangAfterSet = false;
    // The crashed process's profile lock goes with it (removed at exit, or taken over once stale).
    rmSync(join(dataDir, 'locks', 'profile-default.lock'), { recursive: true, force: true });

    // The app starts again on the same folder and keychain.
    const second = setup({ dataDir, secrets });
    expect(await second.credentials.status('default')).toMatchObject({ stored: true, maskedClientId: 'Mc7d…VyL1' });
    expect(await second.secretOf()).toEqual({ clientId: ID, clientSecret: SECRET });
    await second.credentials.capture('default', { clientId: NEW_ID, clientSecret: NEW_SECRET });
    expect(secrets.accounts.size).toBe(1);
    expect(await second.secretOf()).toEqual({ clientId: NEW_ID, clientSecret: NEW_SECRET });
  });

  it('deletes the secret and the Client ID', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    expect(await t.credentials.delete('default')).toEqual({ stored: false });
    expect(await t.credentials.status('default')).toEqual({ stored: false });
    expect(t.secrets.accounts.size).toBe(0);
    expect(t.section()).toBeUndefined();
    expect((await appError(t.secretOf())).code).toBe('no-credentials');
  });

  it('says "capture them first" without naming a CLI command: the app shows the same message', async () => {
    const error = await appError(setup().secretOf());
    expect(error.code).toBe('no-credentials');
    expect(error.message).toBe('No Client ID and Secret are stored for this profile. Capture them first.');
  });

  it('keeps the metadata when the keychain cannot delete yet, and finishes on the next try', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.secrets.faults.delete = new AppError('secret-store-locked', 'locked');
    expect((await appError(t.credentials.delete('default'))).code).toBe('secret-store-failed');
    expect(t.secrets.accounts.size).toBe(1);
    expect(t.section()?.retiredAccounts).toHaveLength(1);
    t.secrets.faults.delete = undefined;
    await t.credentials.delete('default');
    expect(t.secrets.accounts.size).toBe(0);
  });

  it('forgets the secret but keeps the masked Client ID and dates', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const status = await t.credentials.forgetSecret('default');
    expect(status).toEqual({ stored: false, maskedClientId: 'Mc7d…VyL1', backend: 'secret-service', storedAt: NOW.toISOString(), forgottenAt: NOW.toISOString() });
    expect(t.secrets.accounts.size).toBe(0);
    expect((await appError(t.secretOf())).message).toMatch(/forgotten after the hand-off/);
    expect(await t.credentials.forgetSecret('default')).toEqual(status);
  });

  it('cannot forget what was never stored', async () => {
    expect((await appError(setup().credentials.forgetSecret('default'))).code).toBe('no-credentials');
  });

  it('says a memory-only secret is gone after a restart', async () => {
    const dataDir = tempDataDir();
    const first = setup({ dataDir, secrets: inspectableStore(createMemorySecretStore().info()) });
    await first.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    expect(await first.credentials.status('default')).toMatchObject({ stored: true, backend: 'memory' });
    const second = setup({ dataDir, secrets: inspectableStore(createMemorySecretStore().info()) });
    expect(await second.credentials.status('default')).toMatchObject({ stored: false, maskedClientId: 'Mc7d…VyL1', lostOnRestart: true });
    expect((await appError(second.secretOf())).message).toMatch(/memory only .* restarted/);
  });

  it('explains a secret kept by Electron safeStorage when the CLI (keychain) asks for it', async () => {
    const dataDir = tempDataDir();
    const app = setup({ dataDir, secrets: inspectableStore({ ...keyringStoreInfo('linux'), backend: 'safe-storage', label: 'Electron safeStorage (libsecret)' }) });
    await app.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const cli = setup({ dataDir });
    const error = await appError(cli.secretOf());
    expect(error.code).toBe('secret-store-mismatch');
    expect(error.message).toMatch(/only the app can read/);
  });

  it('registers the secret with the redactor at capture, even when the capture is rejected', async () => {
    const t = setup();
    await appError(t.credentials.capture('default', { clientId: '', clientSecret: 'rejected-but-secret' }));
    expect(t.redactor.redact('x rejected-but-secret y')).toBe(`x ${REDACTED} y`);
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    expect(t.redactor.redact(`token ${SECRET}`)).toBe(`token ${REDACTED}`);
    expect(t.logLines.join('\n')).not.toContain(SECRET);
  });

  it('registers the secret with the redactor when it is read back in a new run', async () => {
    const dataDir = tempDataDir();
    const secrets = inspectableStore();
    await setup({ dataDir, secrets }).credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const later = setup({ dataDir, secrets });
    expect(later.redactor.redact(SECRET)).toBe(SECRET);
    await later.secretOf();
    expect(later.redactor.redact(SECRET)).toBe(REDACTED);
  });

  it('refuses a credentials record that points at another profile’s secret', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.profiles.store('default').write('credentials', { ...t.section(), secretAccount: 'other:client-secret:x' });
    expect((await appError(t.secretOf())).code).toBe('secret-missing');
  });

  it('delete removes every item of the profile in this data folder, recorded or not; other folders’ and profiles’ items stay', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const tag = t.profiles.folderTag;
    const unrecorded = `default:client-secret:${tag}:left-by-a-crash`;
    const otherFolder = 'default:client-secret:0123456789ab:another-data-folder';
    const otherProfile = `contoso:client-secret:${tag}:x`;
    for (const account of [unrecorded, otherFolder, otherProfile]) await t.secrets.store.set(account, `value-of-${account}`);

    expect(await t.credentials.delete('default')).toEqual({ stored: false });
    expect([...t.secrets.accounts].sort()).toEqual([otherProfile, otherFolder].sort());
  });

  it('the start-up sweep removes items no profile points to, and keeps those of a profile whose file was set aside', async () => {
    const t = setup();
    await t.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    t.profiles.create('Contoso');
    const tag = t.profiles.folderTag;
    const current = t.section()?.secretAccount;
    const orphan = `default:client-secret:${tag}:orphan`;
    const goneProfile = `deleted-long-ago:client-secret:${tag}:x`;
    const otherFolder = 'default:client-secret:0123456789ab:y';
    const damagedProfile = `contoso:client-secret:${tag}:record-lost`;
    for (const account of [orphan, goneProfile, otherFolder, damagedProfile]) await t.secrets.store.set(account, `value-of-${account}`);
    // contoso's file was found damaged earlier and set aside: its record of that item may be what was lost.
    writeFileSync(join(t.dataDir, 'profiles', 'contoso.corrupt-2026-01-01T00-00-00-000Z.json'), '{"credentials":{"clientId');

    await t.credentials.sweepOrphans();
    expect([...t.secrets.accounts].sort()).toEqual([current, otherFolder, damagedProfile].sort());
  });
});
