import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli.ts';
import { startSilentProxy, type SilentProxy } from '../../../helpers/inspecting-proxy.ts';
import { secretServiceSkipReason } from '../../../helpers/secret-service.ts';
import { TmuxTerminal, tmuxSkipReason } from '../../../helpers/tmux.ts';
import { tempDataDir } from '../../../../testing/services.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../testing/fake-mimecast.ts';

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

const tmuxSkip = tmuxSkipReason();
if (tmuxSkip) console.warn(`[skipped] colour and progress at a terminal — ${tmuxSkip}`);
const keyringSkip = skipReason;
if (keyringSkip) console.warn(`[skipped] fleet verify's progress at a terminal (it needs stored credentials) — ${keyringSkip}`);

describe.skipIf(tmuxSkip !== null)('electron/cli/bin.js at a terminal (tmux pseudo-terminal)', () => {
  let fake: FakeMimecast;
  beforeAll(async () => {
    fake = await startFakeMimecast();
  });
  afterAll(() => fake.close());

  const node = [process.execPath, '--experimental-strip-types', '--disable-warning=ExperimentalWarning', join(root, 'electron/cli/bin.js')];
  const shell = (args: string[]): string => [...node, ...args].map((a) => `'${a}'`).join(' ');

  /** Runs a shell line in a terminal; waits for the exit code it writes to exit.txt. */
  async function atTerminal(line: (dir: string) => string): Promise<{ terminal: TmuxTerminal; exit: string }> {
    const terminal = new TmuxTerminal((dir) => `${line(dir)}; echo $? > '${dir}/exit.txt'`);
    const file = join(terminal.dir, 'exit.txt');
    // A Node process that strips types on a loaded machine can take many seconds to start: wait generously.
    await terminal.waitFor(file, () => existsSync(file) && readFileSync(file, 'utf8').endsWith('\n'), 90_000);
    return { terminal, exit: readFileSync(file, 'utf8').trim() };
  }

  it('PASS/FAIL in colour on the screen; none with NO_COLOR, none when piped', async () => {
    const verify = (extra = ''): ((dir: string) => string) => () =>
      `printf '%s\\n' '${FAKE_CLIENT_SECRET}' | ${extra}${shell(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', tempDataDir()])}`;
    const coloured = await atTerminal(verify());
    const noColour = await atTerminal(verify('NO_COLOR=1 '));
    const piped = await atTerminal((dir) => `${verify()(dir)} > '${dir}/out.txt'`);
    try {
      expect([coloured.exit, noColour.exit, piped.exit]).toEqual(['0', '0', '0']);
      // tmux shows the colour as its own escape sequence: green for the passed marks.
      expect(coloured.terminal.screenWithColour()).toContain('\u001b[32mOK  \u001b[39m Token');
      expect(noColour.terminal.screen()).toMatch(/^OK {2} Token/m);
      expect(noColour.terminal.screenWithColour()).not.toContain('\u001b[32m');
      expect(noColour.terminal.screenWithColour()).not.toContain('\u001b[31m');
      const out = readFileSync(join(piped.terminal.dir, 'out.txt'), 'utf8');
      expect(out).toMatch(/^OK {2} Token/m);
      expect(out).not.toContain('\u001b');
    } finally {
      for (const t of [coloured, noColour, piped]) t.terminal.close();
    }
  }, 300_000);

  describe.skipIf(keyringSkip !== undefined)('fleet verify', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = tempDataDir();
      for (const [name, secret] of [['Acme', FAKE_CLIENT_SECRET], ['Wrong', 'not-the-secret-Mimecast-issued']] as const) {
        const set = await cli(['credentials', 'set', '--profile', name, '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', dataDir], `${secret}\n`);
        expect(set.code, set.stderr).toBe(0);
      }
    }, 60_000);
    afterAll(async () => {
      for (const name of ['Acme', 'Wrong']) await cli(['credentials', 'delete', '--profile', name, '--data-dir', dataDir]);
    });

    it('shows progress on stderr as tenants finish; the result alone on stdout', async () => {
      const { terminal, exit } = await atTerminal((dir) => `${shell(['fleet', 'verify', '--concurrency', '1', '--data-dir', dataDir])} > '${dir}/out.txt'`);
      try {
        expect(exit).toBe('1');
        const screen = terminal.screen();
        expect(screen).toContain('Verifying 2 tenants, 1 at a time…');
        expect(screen).toMatch(/^\[1\/2\] Acme: passed \(\d+\.\d s\)$/m);
        expect(screen).toMatch(/^\[2\/2\] Wrong: FAILED token \(invalid-credentials\) \(\d+\.\d s\)$/m);
        const out = readFileSync(join(terminal.dir, 'out.txt'), 'utf8');
        expect(out).not.toContain('[1/2]');
        expect(out).toMatch(/^TENANT/);
      } finally {
        terminal.close();
      }
    }, 120_000);

    it('with --json, nothing but the result: no progress on the terminal', async () => {
      const { terminal, exit } = await atTerminal((dir) => `${shell(['fleet', 'verify', '--json', '--data-dir', dataDir])} > '${dir}/out.json'`);
      try {
        expect(exit).toBe('1');
        expect(terminal.screen()).not.toContain('Verifying');
        expect(terminal.screen()).not.toContain('[1/2]');
        expect(JSON.parse(readFileSync(join(terminal.dir, 'out.json'), 'utf8'))).toMatchObject({ total: 2, passed: 1 });
      } finally {
        terminal.close();
      }
    }, 120_000);
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
