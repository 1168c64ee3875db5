import { describe, expect, it } from 'vitest';
import { cliChild } from '../../../../helpers/cli.ts';
import { memoryKeychain } from '../../../../../testing/memory-keychain.ts';
import { nodeServices, tempDataDir } from '../../../../../testing/services.ts';

/**
 * Commands agree about the store. Ten tenants stored on a desktop, in its Secret Service; then cron, with no D-Bus
 * session, asks about them. Every command gives the same diagnosis — reading, not storing — once, with the
 * key-file store as the way out.
 */

const TENANTS = 10;
const cronEnv = { PATH: '/usr/bin:/bin', HOME: tempDataDir('aw-cron-home-'), SHELL: '/bin/sh', LOGNAME: 'cron-user', LANG: 'C' };

async function storedOnADesktop(): Promise<string> {
  const dataDir = tempDataDir();
  const desktop = nodeServices({ dataDir, logSinks: [], secrets: { keyring: memoryKeychain(), fallback: 'refuse' } });
  for (let i = 0; i < TENANTS; i += 1) {
    const profile = desktop.profiles.ensure(`tenant-${i}`);
    await desktop.credentials.capture(profile.id, { clientId: `Mc7dQ2kfP0aZr9Tn4bXwVy${String(i).padStart(2, '0')}`, clientSecret: `Desk+${crypto.randomUUID()}` });
  }
  return dataDir;
}

describe('a secret in the desktop keyring, read from cron (no D-Bus session)', () => {
  it('status, verify and fleet verify give one diagnosis, worded for reading, naming the key-file store', { timeout: 300_000 }, async () => {
    const dataDir = await storedOnADesktop();
    const run = (args: string[]) => cliChild([...args, '--data-dir', dataDir], { env: cronEnv });

    const status = await run(['credentials', 'status', '--profile', 'tenant-3', '--json']);
    expect(status.code).toBe(0);
    const statusJson = JSON.parse(status.stdout) as { stored: boolean; backend: string; readable: boolean; problem: { code: string; message: string } };
    expect(statusJson).toMatchObject({ stored: true, backend: 'secret-service', readable: false, problem: { code: 'no-protected-store' } });
    expect(statusJson.problem.message).toMatch(/^The stored Client Secret cannot be read\. .*No Secret Service is running/);
    expect(statusJson.problem.message).toContain('store-key create');
    const statusText = await run(['credentials', 'status', '--profile', 'tenant-3']);
    expect(statusText.stdout).toMatch(/\nThis run cannot read it: The stored Client Secret cannot be read\./);

    const verify = await run(['verify', '--profile', 'tenant-3', '--json']);
    expect(verify.code).toBe(2);
    const error = (JSON.parse(verify.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('no-protected-store');
    // The same diagnosis as status gave, word for word: reading, never "cannot be stored".
    expect(error.message).toBe(statusJson.problem.message);
    expect(error.message).not.toMatch(/cannot be stored/);

    const fleet = await run(['fleet', 'verify']);
    expect(fleet.code).toBe(2);
    expect(fleet.stdout).toBe('');
    expect(fleet.stderr).toBe(`None of the ${TENANTS} tenants could be verified: ${statusJson.problem.message}\n`);
    const fleetJson = await run(['fleet', 'verify', '--json']);
    expect(fleetJson.code).toBe(2);
    expect(JSON.parse(fleetJson.stdout)).toMatchObject({ error: { code: 'no-protected-store' } });
  });
});
