import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { createStoreKeyFile, readStoreKey } from '../../../../../electron/services/secrets/store-key.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const posix = process.platform !== 'win32';

describe('store key files', () => {
  it('creates an age identity file, mode 0600, that age itself decrypts with', async () => {
    const dataDir = tempDataDir();
    const path = join(tempDataDir('aw-keys-'), 'store.key');
    const created = await createStoreKeyFile(path, dataDir, new Date('2026-01-02T03:04:05Z'));
    expect(created.path).toBe(path);
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# created: 2026-01-02T03:04:05.000Z');
    expect(text).toContain(`# public key: ${created.recipient}`);
    const identity = text.split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;

    const key = await readStoreKey(path, dataDir);
    expect(key).toEqual({ path, identity, recipient: created.recipient });
    // The file is a standard age identity: what is encrypted to its recipient, age decrypts with it.
    const encrypter = new Encrypter();
    encrypter.addRecipient(key.recipient);
    const decrypter = new Decrypter();
    decrypter.addIdentity(key.identity);
    expect(await decrypter.decrypt(await encrypter.encrypt('round trip'), 'text')).toBe('round trip');
  });

  it('never replaces a file: the key it holds stays as it was', async () => {
    const path = join(tempDataDir('aw-keys-'), 'store.key');
    writeFileSync(path, 'an older key\n');
    const error = await failure(createStoreKeyFile(path, tempDataDir()));
    expect(error.code).toBe('store-key-exists');
    expect(readFileSync(path, 'utf8')).toBe('an older key\n');
  });

  it('refuses a path inside the data folder, also through a symlink, and writes nothing', async () => {
    const dataDir = tempDataDir();
    const inside = join(dataDir, 'keys', 'store.key');
    mkdirSync(join(dataDir, 'keys'));
    expect((await failure(createStoreKeyFile(inside, dataDir))).code).toBe('store-key-in-data-folder');
    expect((await failure(createStoreKeyFile(dataDir, dataDir))).code).toBe('store-key-in-data-folder');
    const link = join(tempDataDir('aw-keys-'), 'to-data');
    symlinkSync(dataDir, link);
    expect((await failure(createStoreKeyFile(join(link, 'store.key'), dataDir))).code).toBe('store-key-in-data-folder');
    expect(() => statSync(inside)).toThrow();
  });

  it('refuses to read a key kept inside the data folder', async () => {
    const dataDir = tempDataDir();
    const path = join(tempDataDir('aw-keys-'), 'store.key');
    await createStoreKeyFile(path, tempDataDir());
    const copy = join(dataDir, 'store.key');
    writeFileSync(copy, readFileSync(path), { mode: 0o600 });
    expect((await failure(readStoreKey(copy, dataDir))).code).toBe('store-key-in-data-folder');
  });

  it.skipIf(!posix)('refuses a key every user can read, and says how to fix it (group bits pass: systemd grants them by ACL)', async () => {
    const path = join(tempDataDir('aw-keys-'), 'store.key');
    await createStoreKeyFile(path, tempDataDir());
    chmodSync(path, 0o644);
    const error = await failure(readStoreKey(path, tempDataDir()));
    expect(error.code).toBe('store-key-unprotected');
    expect(error.message).toContain(`chmod 600 ${path}`);
    chmodSync(path, 0o640);
    await expect(readStoreKey(path, tempDataDir())).resolves.toMatchObject({ path });
  });

  it('a missing file or one that is not a key: store-key-unreadable, without quoting the file', async () => {
    const folder = tempDataDir('aw-keys-');
    expect((await failure(readStoreKey(join(folder, 'missing.key'), tempDataDir()))).code).toBe('store-key-unreadable');
    const notKey = join(folder, 'not.key');
    writeFileSync(notKey, 'password=Hunter2Hunter2\n', { mode: 0o600 });
    const error = await failure(readStoreKey(notKey, tempDataDir()));
    expect(error.code).toBe('store-key-unreadable');
    expect(error.message).not.toContain('Hunter2');
    const twoKeys = join(folder, 'two.key');
    const one = join(folder, 'one.key');
    await createStoreKeyFile(one, tempDataDir());
    const line = readFileSync(one, 'utf8').split('\n').find((l) => l.startsWith('AGE-'))!;
    writeFileSync(twoKeys, `${line}\n${line}\n`, { mode: 0o600 });
    expect((await failure(readStoreKey(twoKeys, tempDataDir()))).code).toBe('store-key-unreadable');
  });
});
