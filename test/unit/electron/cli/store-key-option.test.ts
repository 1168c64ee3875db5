import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cliChild } from '../../../helpers/cli.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CLIENT_ID, startFakeMimecast, type FakeMimecast } from '../../../../testing/fake-mimecast.ts';
import { tempDataDir } from '../../../../testing/services.ts';
import { createStoreKeyFile } from '../../../../electron/services/secrets/store-key.ts';

/**
 * The CLI as a scheduler runs it: a child process with cron's bare environment — no D-Bus session, no keyring, no
 * desktop, no XDG_RUNTIME_DIR — and stdin a pipe, never a TTY. Everything a scheduled job does goes through the
 * key-file store; the data folder, every output and the log are then searched for any 8 characters of the secret
 * or of the private key.
 */

const PIECE_LENGTH = 8;

const home = tempDataDir('aw-cron-home-');
/** What cron gives a job (plus nothing else): no DBUS_SESSION_BUS_ADDRESS, DISPLAY or XDG_RUNTIME_DIR. */
const cronEnv = { PATH: '/usr/bin:/bin', HOME: home, SHELL: '/bin/sh', LOGNAME: 'cron-user', LANG: 'C' };

const outputs: string[] = [];

/** `mimecast-aw` in a child with cron's environment; every output is kept for the leak search. */
async function mimecastAw(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const run = await cliChild(args, { ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), env: { ...cronEnv, ...options.env } });
  outputs.push(run.stdout, run.stderr);
  return run;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function piecesOf(value: string): string[] {
  return Array.from({ length: value.length - PIECE_LENGTH + 1 }, (_, i) => value.slice(i, i + PIECE_LENGTH));
}

// Characters that encodings treat specially, so a leak in any form would be a different string from the value.
const secret = `Sch3d+uled/${crypto.randomUUID()}!~`;
let fake: FakeMimecast;
beforeAll(async () => {
  fake = await startFakeMimecast({ clientSecret: secret });
});
afterAll(() => fake.close());

describe('scheduled runs with the key-file store (no D-Bus, no keyring, no TTY)', () => {
  const dataDir = join(home, 'data');
  const keys = join(home, 'keys');
  const key = join(keys, 'store.key');
  const otherKey = join(keys, 'other.key');
  const withData = (args: string[]) => [...args, '--data-dir', dataDir];

  it('runs store-key create → credentials set → verify → fleet verify, refuses a missing or wrong key, and leaks nothing', { timeout: 400_000 }, async () => {
    mkdirSync(keys, { recursive: true });

    const created = await mimecastAw(withData(['store-key', 'create', key, '--json']));
    expect(created).toMatchObject({ code: 0, stdout: `${JSON.stringify({ created: key })}\n` });
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const identity = readFileSync(key, 'utf8').split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1'))!;
    await createStoreKeyFile(otherKey, dataDir);

    // Two tenants stored with the key, one by flag and one by variable.
    for (const [profile, how] of [['acme', { args: ['--store-key', key] }], ['globex', { env: { MIMECAST_AW_STORE_KEY_FILE: key } }]] as const) {
      const set = await mimecastAw(withData(['credentials', 'set', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--profile', profile, '--json', ...('args' in how ? how.args : [])]), {
        stdin: `${secret}\n`,
        ...('env' in how ? { env: how.env } : {}),
      });
      expect(set.code, set.stderr).toBe(0);
      expect(JSON.parse(set.stdout)).toMatchObject({ stored: true, backend: 'key-file' });
    }

    const status = await mimecastAw(withData(['credentials', 'status', '--profile', 'acme', '--json', '--store-key', key]));
    expect(JSON.parse(status.stdout)).toMatchObject({ stored: true, backend: 'key-file', readable: true });

    const verify = await mimecastAw(withData(['verify', '--profile', 'acme', '--json']), { env: { MIMECAST_AW_STORE_KEY_FILE: key } });
    expect(verify.code, verify.stdout).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, baseUrl: fake.baseUrl, token: { ok: true } });

    const fleet = await mimecastAw(withData(['fleet', 'verify', '--json', '--store-key', key]));
    expect(fleet.code, fleet.stdout).toBe(0);
    expect(JSON.parse(fleet.stdout)).toMatchObject({ ok: true, total: 2, passed: 2, failed: 0 });

    // No key: exit 2, store-key-required, naming the option and the variable — once, also for the fleet.
    const noKeyStatus = await mimecastAw(withData(['credentials', 'status', '--profile', 'acme', '--json']));
    expect(noKeyStatus.code).toBe(0);
    expect(JSON.parse(noKeyStatus.stdout)).toMatchObject({ stored: true, backend: 'key-file', readable: false, problem: { code: 'store-key-required' } });
    const noKey = await mimecastAw(withData(['verify', '--profile', 'acme', '--json']));
    expect(noKey.code).toBe(2);
    const noKeyError = (JSON.parse(noKey.stdout) as { error: { code: string; message: string } }).error;
    expect(noKeyError.code).toBe('store-key-required');
    expect(noKeyError.message).toContain('--store-key');
    expect(noKeyError.message).toContain('MIMECAST_AW_STORE_KEY_FILE');
    const noKeyFleet = await mimecastAw(withData(['fleet', 'verify']));
    expect(noKeyFleet.code).toBe(2);
    expect(noKeyFleet.stderr.match(/--store-key/g)).toHaveLength(1);
    expect(noKeyFleet.stderr).toMatch(/^None of the 2 tenants could be verified: /);

    // The other key: exit 2, store-key-wrong.
    const wrong = await mimecastAw(withData(['verify', '--profile', 'globex', '--json', '--store-key', otherKey]));
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'store-key-wrong' } });
    const wrongFleet = await mimecastAw(withData(['fleet', 'verify', '--json']), { env: { MIMECAST_AW_STORE_KEY_FILE: otherKey } });
    expect(wrongFleet.code).toBe(2);
    expect(JSON.parse(wrongFleet.stdout)).toMatchObject({ error: { code: 'store-key-wrong' } });

    // Only a secret's holder can have sent it: the fake Mimecast saw the token request of each verification.
    expect(fake.requests.filter((r) => r.route === 'token').length).toBeGreaterThanOrEqual(3);

    const files = filesUnder(dataDir);
    expect(files.some((file) => file.endsWith('cli.log'))).toBe(true);
    const everything = [...files.map((file) => readFileSync(file, 'latin1')), ...outputs];
    for (const piece of [...piecesOf(secret), ...piecesOf(identity)]) {
      for (const text of everything) expect(text.includes(piece), `“${piece}” leaked`).toBe(false);
    }
  });

  it('refuses a store key kept inside the data folder or missing: exit 2 before any secret is read', { timeout: 120_000 }, async () => {
    const inside = await mimecastAw(withData(['credentials', 'set', '--client-id', FAKE_CLIENT_ID, '--json', '--store-key', join(dataDir, 'store.key')]), { stdin: `${secret}\n` });
    expect(inside.code).toBe(2);
    expect(JSON.parse(inside.stdout)).toMatchObject({ error: { code: 'store-key-in-data-folder' } });
    const missing = await mimecastAw(withData(['verify', '--json']), { env: { MIMECAST_AW_STORE_KEY_FILE: join(keys, 'nope.key') } });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'store-key-unreadable', message: expect.stringMatching(/^MIMECAST_AW_STORE_KEY_FILE: No store key at /) as unknown } });
  });
});
