import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] credentials set/status/delete round trip against the real keychain — ${skipReason}`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const json = (stdout: string): unknown => JSON.parse(stdout);

describe('credentials set (CLI contract)', () => {
  it('requires --client-id: exit 2', async () => {
    const run = await cli(['credentials', 'set', '--json', '--data-dir', tempDataDir()], 'secret-value\n');
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'client-id-missing', message: expect.stringMatching(/--client-id ID is required/) as unknown } });
  });

  it('reads the secret from stdin only: an empty stdin is exit 2', async () => {
    const run = await cli(['credentials', 'set', '--client-id', ID, '--json', '--data-dir', tempDataDir()], '');
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'stdin-empty' } });
  });

  it('a --base-url the rules refuse is exit 2 before the secret is read, and nothing is stored', async () => {
    const dataDir = tempDataDir();
    const run = await cli(['credentials', 'set', '--client-id', ID, '--base-url', 'https://eu-api.mimecast.com', '--json', '--data-dir', dataDir], 'never-read-secret-value\n');
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'api-1-host' } });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses a new --profile name holding a bidirectional or control character (exit 2, saying why); no profile is made', async () => {
    for (const name of ['Initech \u202Ekoob retsam', 'Acme \u2066EU\u2069', 'Acme\u001b[31mEU']) {
      const dataDir = tempDataDir();
      const run = await cli(['credentials', 'set', '--client-id', ID, '--profile', name, '--json', '--data-dir', dataDir], 'never-read-secret-value\n');
      expect(run.code, JSON.stringify(name)).toBe(2);
      expect(json(run.stdout)).toMatchObject({ error: { code: 'profile-name-invalid', message: expect.stringMatching(/^--profile: The name holds .* \(U\+[0-9A-F]{4}\), an invisible character/) as unknown } });
      // A refused run takes away what it made: the folder holds no profile, not even the first-run files.
      expect(readdirSync(dataDir)).toEqual([]);
    }
  });

  it('rejects swapped values before any store is touched: exit 2, and the message holds neither value', async () => {
    const secret = `Sw4p+${crypto.randomUUID()}/=`;
    const run = await cli(['credentials', 'set', '--client-id', secret, '--json', '--data-dir', tempDataDir()], `${ID}\n`);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'credentials-swapped' } });
    expect(run.stdout).not.toContain(secret);
    // A command line's words: the option and stdin, not the app's fields.
    const { message } = (json(run.stdout) as { error: { message: string } }).error;
    expect(message).toContain('Give the Client ID (listed first in the Mimecast dialog) to --client-id and the Client Secret on stdin');
    expect(message).not.toMatch(/field/);
  });

  it('refuses a Client Secret shorter than 12 characters as not a real one, saying why (exit 2)', async () => {
    const run = await cli(['credentials', 'set', '--client-id', ID, '--json', '--data-dir', tempDataDir()], 'Sh0rt+s3cr\n');
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toEqual({ error: { code: 'client-secret-too-short', message: expect.stringMatching(/only 10 characters long, so it is not a real one/) as string } });
    expect(run.stdout).not.toContain('Sh0rt+s3cr');
  });

  it('caps stdin like the app caps its field: 50 MB without a line break is refused (exit 2), not stored', async () => {
    const run = await cli(['credentials', 'set', '--client-id', ID, '--json', '--data-dir', tempDataDir()], 'A'.repeat(50 * 1024 * 1024));
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toEqual({ error: { code: 'stdin-too-long', message: expect.stringMatching(/longer than 1,040 characters/) as string } });
  });

  it('without a Secret Service: exit 2 “no protected store”, nothing written anywhere', () => {
    const dataDir = tempDataDir();
    const secret = `NoBus+${crypto.randomUUID()}`;
    const bin = fileURLToPath(new URL('../../../../../electron/cli/bin.js', import.meta.url));
    const run = spawnSync(process.execPath, [bin, 'credentials', 'set', '--client-id', ID, '--json', '--data-dir', dataDir], {
      input: `${secret}\n`,
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '/nonexistent' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    const answer = json(run.stdout) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('no-protected-store');
    expect(answer.error.message).toMatch(/No Secret Service is running/);
    for (const file of filesUnder(dataDir)) expect(readFileSync(file, 'utf8')).not.toContain(secret);
  });

  describe.skipIf(skipReason !== undefined)('with the real Secret Service', () => {
    it('set → status → delete → status, in the contract’s exact shapes; the secret stays out of the data folder', async () => {
      const dataDir = tempDataDir();
      const secret = `R0und+${crypto.randomUUID()}/=`;
      const set = await cli(['credentials', 'set', '--client-id', `${ID} `, '--json', '--data-dir', dataDir], `${secret}\r\n`);
      expect(set.code).toBe(0);
      expect(set.stdout.trim().split('\n')).toHaveLength(1);
      const stored = json(set.stdout) as Record<string, unknown>;
      expect(Object.keys(stored)).toEqual(['stored', 'maskedClientId', 'backend', 'storedAt']);
      expect(stored).toMatchObject({ stored: true, maskedClientId: 'Mc7d…VyL1', backend: 'secret-service' });
      expect(new Date(stored.storedAt as string).toISOString()).toBe(stored.storedAt);
      expect(set.stderr).toMatch(/Removed spaces or line breaks around the Client ID/);

      const status = await cli(['--json', 'credentials', 'status', '--data-dir', dataDir]);
      expect(status.code).toBe(0);
      // Status is set's shape plus whether this run can read the secret.
      expect(json(status.stdout)).toEqual({ ...stored, readable: true });

      for (const file of filesUnder(dataDir)) expect(readFileSync(file, 'utf8'), file).not.toContain(secret);

      const deleted = await cli(['credentials', 'delete', '--json', '--data-dir', dataDir]);
      expect(deleted.code).toBe(0);
      expect(json(deleted.stdout)).toEqual({ stored: false });
      expect(json((await cli(['credentials', 'status', '--json', '--data-dir', dataDir])).stdout)).toEqual({ stored: false });
    });

    it('stores into a named profile, creating it, and prints a sentence without --json', async () => {
      const dataDir = tempDataDir();
      const set = await cli(['credentials', 'set', '--client-id', ID, '--profile', 'Customer C', '--data-dir', dataDir], `Pr0file+${crypto.randomUUID()}\n`);
      expect(set.code).toBe(0);
      expect(set.stdout).toMatch(/Stored for “Customer C”: Client ID Mc7d…VyL1 .* GNOME Secret Service/);
      const status = await cli(['credentials', 'status', '--profile', 'customer-c', '--json', '--data-dir', dataDir]);
      expect(json(status.stdout)).toMatchObject({ stored: true });
      expect(json((await cli(['credentials', 'status', '--json', '--data-dir', dataDir])).stdout)).toEqual({ stored: false });
      await cli(['credentials', 'delete', '--profile', 'Customer C', '--data-dir', dataDir]);
    });

    it('replaces the stored credentials on a second set', async () => {
      const dataDir = tempDataDir();
      await cli(['credentials', 'set', '--client-id', ID, '--data-dir', dataDir], `First+${crypto.randomUUID()}\n`);
      const again = await cli(['credentials', 'set', '--client-id', 'Zz9yX8wV7uT6sR5qP4oN3mL2', '--json', '--data-dir', dataDir], `Second+${crypto.randomUUID()}\n`);
      expect(json(again.stdout)).toMatchObject({ stored: true, maskedClientId: 'Zz9y…3mL2' });
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    });
  });
});
