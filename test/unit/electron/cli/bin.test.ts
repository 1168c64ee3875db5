import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli.ts';
import { startSilentProxy, type SilentProxy } from '../../../helpers/inspecting-proxy.ts';
import { secretServiceSkipReason } from '../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../testing/services.ts';

const root = join(import.meta.dirname, '../../../..');

/** The CLI as a user runs it from a checkout: a separate Node process running the sources. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', join(root, 'electron/cli/bin.js'), ...args], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, MIMECAST_AW_DATA_DIR: tempDataDir() },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('electron/cli/bin.js', () => {
  it('runs from source and prints exactly one JSON document on stdout with --json', () => {
    const { code, stdout } = run(['--version', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown });
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = run(['no-such-command']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command');
  });
});

const children = new Set<ChildProcess>();

/** The CLI in a process of its own, as cron runs it; resolves when the PROCESS exits (not when its output ends). */
function runChild(args: string[], stdin: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--experimental-strip-types', join(root, 'electron/cli/bin.js'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(stdin);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

const GATEWAY = 'https://api.services.mimecast.com';
const CLIENT_ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const SECRET = 'Zr9Tn4bX-wVyL1Mc7dQ2kfP0a';
const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] submit and fleet verify behind a silent proxy (they read stored credentials) — ${skipReason}`);

// A hang is caught by the test's own timeout (generous: submit tries three times, 15 s each); nothing here times the
// run. Every call goes to a public name, so it is sent through the proxy (this machine's own addresses never are).
describe('the CLI process ends behind a proxy that accepts the connection and never answers CONNECT', { timeout: 150_000, concurrent: true }, () => {
  let silent: SilentProxy;
  beforeAll(async () => {
    silent = await startSilentProxy();
  });
  afterAll(async () => {
    // A child still running here is one that hung: it is not left behind.
    for (const child of children) child.kill('SIGKILL');
    await silent.close();
  });

  it('verify: its JSON says timeout, and the process exits 1', async () => {
    const run = await runChild(['verify', '--client-id', CLIENT_ID, '--base-url', GATEWAY, '--proxy', silent.url, '--json', '--data-dir', tempDataDir()], `${SECRET}\n`);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, token: { ok: false, code: 'timeout' } });
  });

  describe.skipIf(skipReason !== undefined)('with stored credentials', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = tempDataDir();
      expect((await cli(['credentials', 'set', '--client-id', CLIENT_ID, '--base-url', GATEWAY, '--data-dir', dataDir], `${SECRET}\n`)).code).toBe(0);
    });
    afterAll(async () => {
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    });

    it('fleet verify: the tenant fails with a timeout, and the process exits 1', async () => {
      const run = await runChild(['fleet', 'verify', '--proxy', silent.url, '--json', '--data-dir', dataDir], '');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, total: 1, failed: 1 });
    });

    it('submit: its JSON says the intake could not be reached in time, and the process exits 1', async () => {
      const run = await runChild(['submit', '--intake-url', 'https://intake.example.com/mimecast', '--proxy', silent.url, '--json', '--data-dir', dataDir], '', {
        MIMECAST_AW_INTAKE_TOKEN: 'intake-token-6f1c2b9e-Long',
      });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, receiptId: null, status: null });
    });
  });
});

describe.skipIf(process.platform !== 'linux')('a data folder where nothing can be made', () => {
  it('--data-dir /proc/self ends with a clear error (it once spun at full CPU and ignored SIGTERM)', () => {
    const result = spawnSync(process.execPath, ['--experimental-strip-types', join(root, 'electron/cli/bin.js'), 'report', '--out', join(tempDataDir(), 'r.html'), '--data-dir', '/proc/self', '--json'], {
      encoding: 'utf8',
      input: '',
      timeout: 90_000,
      killSignal: 'SIGKILL',
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'store-unwritable', message: expect.stringContaining('/proc/self/profiles could not be made') as string } });
  }, 120_000);
});
