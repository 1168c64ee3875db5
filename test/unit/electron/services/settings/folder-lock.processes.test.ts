import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCredentialsAsync } from '@napi-rs/keyring';
import { describe, expect, it } from 'vitest';
import { KEYRING_SERVICE } from '../../../../../electron/services/secrets/keyring-secret-store.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

const BIN = fileURLToPath(new URL('../../../../../electron/cli/bin.js', import.meta.url));
const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const PARALLEL = 20;

const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] twenty parallel CLI processes against the real keychain — ${skipReason}`);

/** One real CLI process (its own Node, as an administrator's script would start it). */
function cliProcess(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const settingsOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { profiles: Array<{ id: string }> };

// Real processes, as administrators' scripts start them: on a loaded two-core machine twenty of them take a minute or
// two, most of it Node starting up; the timeouts leave room for that, nothing here measures speed. `*.processes.test.ts`
// files run in their own step of `npm test`, after the unit tests, so their load does not slow other tests past their
// timeouts.
describe.skipIf(skipReason !== undefined)('twenty CLI processes at once, with the real Secret Service', () => {
  it('on twenty profiles: every one exits 0 and no tenant is lost from settings.json', async () => {
    const dataDir = tempDataDir();
    const names = Array.from({ length: PARALLEL }, (_, i) => `tenant-${i + 1}`);
    const runs = await Promise.all(
      names.map((name, i) => cliProcess(['credentials', 'set', '--client-id', ID, '--profile', name, '--data-dir', dataDir, '--json'], `Par4llel+${i}-${crypto.randomUUID()}\n`)),
    );
    for (const run of runs) expect(run.code, run.stderr || run.stdout).toBe(0);
    const ids = settingsOf(dataDir).profiles.map((p) => p.id);
    for (const name of names) expect(ids).toContain(name);
    // Each profile's record names the secret its process stored (read from the files: twenty more processes would
    // only repeat what the exit codes said).
    for (const name of names) {
      const profile = JSON.parse(readFileSync(join(dataDir, 'profiles', `${name}.json`), 'utf8')) as { credentials?: { secretAccount?: string } };
      expect(profile.credentials?.secretAccount, name).toMatch(new RegExp(`^${name}:client-secret:`));
    }
  }, 300_000);

  it('on one profile: every one exits 0, and after `credentials delete` no secret of theirs is left in the keychain', async () => {
    const dataDir = tempDataDir();
    const secrets = Array.from({ length: PARALLEL }, (_, i) => `One+Pr0file-${i}-${crypto.randomUUID()}`);
    const runs = await Promise.all(secrets.map((secret) => cliProcess(['credentials', 'set', '--client-id', ID, '--profile', 'shared', '--data-dir', dataDir], `${secret}\n`)));
    for (const run of runs) expect(run.code, run.stderr || run.stdout).toBe(0);
    expect(settingsOf(dataDir).profiles.filter((p) => p.id.startsWith('shared'))).toHaveLength(1);

    const remaining = async () => (await findCredentialsAsync(KEYRING_SERVICE)).filter((c) => secrets.includes(c.password));
    // No orphan: whatever is still in the keychain is the current secret, or a replaced one the profile still lists
    // for removal (a keychain busy with twenty clients may refuse a delete; the next change retries it).
    const record = (JSON.parse(readFileSync(join(dataDir, 'profiles', 'shared.json'), 'utf8')) as { credentials: { secretAccount: string; retiredAccounts?: string[] } }).credentials;
    const left = (await remaining()).map((c) => c.account);
    expect(left).toContain(record.secretAccount);
    for (const account of left) expect([record.secretAccount, ...(record.retiredAccounts ?? [])]).toContain(account);

    const deleted = await cliProcess(['credentials', 'delete', '--profile', 'shared', '--data-dir', dataDir, '--json']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(JSON.parse(deleted.stdout)).toEqual({ stored: false });
    expect(await remaining()).toEqual([]);
  }, 300_000);
});
