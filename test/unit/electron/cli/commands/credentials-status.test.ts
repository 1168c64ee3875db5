import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCredentialsAsync } from '@napi-rs/keyring';
import { describe, expect, it } from 'vitest';
import { KEYRING_SERVICE } from '../../../../../electron/services/secrets/keyring-secret-store.ts';
import { cli } from '../../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] credentials status/delete on a damaged profile file with the real keychain — ${skipReason}`);

describe('credentials status (CLI contract)', () => {
  it('nothing stored: {"stored":false}, exit 0, with no keychain needed', async () => {
    const run = await cli(['credentials', 'status', '--json', '--data-dir', tempDataDir()], '', {});
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"stored":false}\n');
  });

  it('says so in a sentence without --json', async () => {
    const run = await cli(['credentials', 'status', '--data-dir', tempDataDir()]);
    expect(run.stdout).toBe('No credentials are stored for “Default tenant”.\n');
  });

  it('an unknown profile is a usage error: exit 2', async () => {
    const run = await cli(['credentials', 'status', '--profile', 'nobody', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'profile-not-found' } });
  });
});

describe.skipIf(skipReason !== undefined)('a damaged profile file, with the real Secret Service', () => {
  const stored = async () => {
    const dataDir = tempDataDir();
    const secret = `Damag3d+${crypto.randomUUID()}`;
    expect((await cli(['credentials', 'set', '--client-id', ID, '--data-dir', dataDir], `${secret}\n`)).code).toBe(0);
    const file = join(dataDir, 'profiles', 'default.json');
    const inKeychain = async () => (await findCredentialsAsync(KEYRING_SERVICE)).filter((c) => c.password === secret);
    return { dataDir, file, inKeychain };
  };

  it('status still finds the secret the keychain holds, and every command names the file set aside', async () => {
    const { dataDir, file, inKeychain } = await stored();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 25)); // cut short before the credentials record

    const status = await cli(['credentials', 'status', '--json', '--data-dir', dataDir]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ stored: true, backend: 'secret-service' });
    expect(status.stderr).toContain(`Note: ${file} could not be read. The file is not valid JSON`);
    expect(status.stderr).toMatch(/It was set aside, not deleted, as \S+default\.corrupt-\S+\.json\. Nothing in it could be recovered/);
    const text = await cli(['credentials', 'status', '--data-dir', dataDir]);
    expect(text.stdout).toMatch(/still in the GNOME Secret Service, but its record \(the Client ID\) was in a damaged profile file/);

    expect(await inKeychain()).toHaveLength(1);
    const deleted = await cli(['credentials', 'delete', '--json', '--data-dir', dataDir]);
    expect(deleted.code).toBe(0);
    expect(await inKeychain()).toEqual([]);
    expect(JSON.parse((await cli(['credentials', 'status', '--json', '--data-dir', dataDir])).stdout)).toEqual({ stored: false });
  }, 60_000); // six CLI runs against the keychain: seconds each on a loaded machine

  it('a cut after the credentials record keeps it: status is whole again, and says what was recovered', async () => {
    const { dataDir, file } = await stored();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.slice(0, text.lastIndexOf('}'))},"progress":{"currentStep":`);
    const status = await cli(['credentials', 'status', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(status.stdout)).toMatchObject({ stored: true, maskedClientId: 'Mc7d…VyL1' });
    expect(status.stderr).toMatch(/Recovered from it: the credentials record/);
    expect((await cli(['credentials', 'delete', '--data-dir', dataDir])).code).toBe(0);
  }, 60_000);
});
