import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderTagOf, folderSecretProfile } from '../../../../electron/services/secrets/secret-accounts.ts';
import { createKeyringSecretStore } from '../../../../electron/services/secrets/keyring-secret-store.ts';
import { cli } from '../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../testing/services.ts';

const keyringSkip = await secretServiceSkipReason();

/** Commands the CLI refuses with exit 2 after it has opened the data folder (or could have). */
function refusals(dir: string): Array<[string, string[], string]> {
  const list = join(dir, 'list.txt');
  return [
    ['a Client Secret too short to be one', ['credentials', 'set', '--client-id', 'Mc7dQ2kfP0aZr9Tn4bXwVyL1', '--profile', 'Refused Tenant'], 'short\n'],
    ['the same value twice', ['credentials', 'set', '--client-id', 'Same-value-0123456789', '--profile', 'Refused Tenant'], 'Same-value-0123456789\n'],
    ['an empty stdin', ['credentials', 'set', '--client-id', 'Mc7dQ2kfP0aZr9Tn4bXwVyL1', '--profile', 'Refused Tenant'], ''],
    ['verify of an unknown profile', ['verify', '--profile', 'nobody'], ''],
    ['status of an unknown profile', ['credentials', 'status', '--profile', 'nobody'], ''],
    ['submit of a profile without credentials', ['submit', '--intake-url', 'https://127.0.0.1:9/intake', '--profile', 'default'], ''],
    ['check-ip-ranges into an unknown profile', ['check-ip-ranges', '--admin', list, '--arctic-wolf', list, '--profile', 'nobody'], ''],
    ['fleet verify of an unknown profile', ['fleet', 'verify', '--profiles', 'nobody'], ''],
    ['report of an unknown profile', ['report', '--out', join(dir, 'r.html'), '--profile', 'nobody'], ''],
    ['an unknown option', ['verify', '--colour'], ''],
  ];
}

/** Every file and folder under `dir` (the locks aside), with each file's content: what a refusal must leave as it was. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !relative(dir, path).startsWith('locks'))
      .map((path) => [relative(dir, path), statSync(path).isDirectory() ? '<folder>' : readFileSync(path, 'utf8')]),
  );
}

async function keychainItemsOf(dataDir: string): Promise<string[]> {
  const accounts = (await createKeyringSecretStore({ platform: process.platform }).accounts?.()) ?? [];
  return accounts.filter((account) => folderSecretProfile(account, folderTagOf(dataDir)) !== undefined);
}

describe('a refused command leaves nothing behind', () => {
  const scratch = tempDataDir('aw-refused-');
  beforeAll(() => writeFileSync(join(scratch, 'list.txt'), '192.0.2.0/24\n'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(refusals(scratch))('%s, on a data folder that did not exist: exit 2, and still no folder', async (_what, args, stdin) => {
    const dataDir = join(scratch, 'not-yet', 'data');
    const run = await cli([...args, '--data-dir', dataDir], stdin);
    expect(run.code, run.stderr).toBe(2);
    expect(existsSync(join(scratch, 'not-yet'))).toBe(false);
  });

  it.each(refusals(scratch))('%s, on a data folder in use: exit 2; no profile, no file, the active profile kept', async (_what, args, stdin) => {
    const dataDir = join(scratch, 'in-use');
    if (!existsSync(dataDir)) {
      mkdirSync(dataDir);
      // A folder in use: its default profile holds a recorded IP check (a caution: the lists are the same).
      expect((await cli(['check-ip-ranges', '--admin', join(scratch, 'list.txt'), '--arctic-wolf', join(scratch, 'list.txt'), '--profile', 'default', '--data-dir', dataDir])).code).toBe(1);
    }
    const before = snapshot(dataDir);
    const run = await cli([...args, '--data-dir', dataDir], stdin);
    expect(run.code, run.stderr).toBe(2);
    expect(snapshot(dataDir)).toEqual(before);
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { profiles: Array<{ id: string }> };
    expect(settings.profiles.map((p) => p.id)).toEqual(['default']);
    if (!keyringSkip) expect(await keychainItemsOf(dataDir)).toEqual([]);
  });

  it.skipIf(keyringSkip === undefined)('credentials set with no protected store to keep the secret in: exit 2, no profile made', async () => {
    const dataDir = join(scratch, 'no-store');
    const run = await cli(['credentials', 'set', '--client-id', 'Mc7dQ2kfP0aZr9Tn4bXwVyL1', '--profile', 'Refused Tenant', '--data-dir', dataDir], 'a-real-looking-Client-Secret-value\n');
    expect(run.code, run.stderr).toBe(2);
    expect(existsSync(dataDir)).toBe(false);
  });
});
if (keyringSkip === undefined) console.warn('[skipped] “credentials set with no protected store” needs a machine without a usable Secret Service; this one has one');
