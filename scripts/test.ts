// `npm test`: type-check, lint, dead code, unit tests, build, packaging, end-to-end tests and the security scan, in that order.
// Every step runs even when an earlier one failed (except what needs the build), and the exit code is non-zero if
// any failed. On Linux it first starts a private D-Bus session with an unlocked gnome-keyring, so the keychain
// tests run against a real Secret Service without touching the user's own keyring.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function wrapInKeyringSession(): never | void {
  if (process.platform !== 'linux' || process.env.MIMECAST_AW_TEST_SESSION === '1') return;
  if (!onPath('dbus-run-session') || !onPath('gnome-keyring-daemon')) {
    console.log('note: dbus-run-session or gnome-keyring-daemon not found; keychain tests will report themselves skipped.');
    return;
  }
  // Fresh XDG folders: an existing login keyring with another password would make the daemon prompt (and fail headless).
  const base = mkdtempSync(join(tmpdir(), 'aw-test-session-'));
  const env: NodeJS.ProcessEnv = { ...process.env, MIMECAST_AW_TEST_SESSION: '1' };
  for (const name of ['XDG_DATA_HOME', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME']) {
    env[name] = join(base, name.toLowerCase());
    mkdirSync(env[name], { recursive: true, mode: 0o700 });
  }
  const inner = `printf 'test-session' | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "${process.execPath}" ${process.execArgv.join(' ')} "${join(root, 'scripts/test.ts')}"`;
  const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', inner], { stdio: 'inherit', env, cwd: root });
  process.exit(run.status ?? 1);
}

wrapInKeyringSession();

const reports = mkdtempSync(join(tmpdir(), 'aw-test-reports-'));
const vitestJson = join(reports, 'vitest.json');
const processesJson = join(reports, 'vitest-processes.json');
const packagingJson = join(reports, 'vitest-packaging.json');
const playwrightJson = join(reports, 'playwright.json');
const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  needs?: string;
}

const steps: Step[] = [
  { name: 'type-check (node side)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'type-check (renderer)', command: bin('tsc'), args: ['--noEmit', '-p', 'renderer/tsconfig.json'] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'dead code (knip)', command: bin('knip'), args: ['--no-progress'] },
  { name: 'unit tests', command: bin('vitest'), args: ['run', '--project', 'node', '--project', 'dom', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`] },
  // Many real CLI processes at once (cross-process locking): alone, so their load slows no other test past its timeout.
  { name: 'cross-process tests', command: bin('vitest'), args: ['run', '--project', 'processes', '--reporter=default', '--reporter=json', `--outputFile.json=${processesJson}`] },
  { name: 'build', command: bin('electron-vite'), args: ['build'] },
  // electron-builder packs the built app around a stand-in Electron binary; the packed app is then inspected.
  {
    name: 'packaging (stand-in Electron)',
    command: bin('vitest'),
    args: ['run', '--project', 'packaging', '--reporter=default', '--reporter=json', `--outputFile.json=${packagingJson}`],
    needs: 'build',
  },
  {
    name: 'end-to-end tests',
    command: bin('playwright'),
    args: ['test'],
    env: { E2E_SKIP_BUILD: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, PLAYWRIGHT_REPORTER_EXTRA: 'json' },
    needs: 'build',
  },
  ...(existsSync(join(root, 'scripts/security-scan.ts'))
    ? [{ name: 'security scan', command: process.execPath, args: [...process.execArgv, join(root, 'scripts/security-scan.ts')] }]
    : []),
];

const failed = new Set<string>();
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  if (step.needs && failed.has(step.needs)) {
    console.log(`skipped: “${step.needs}” failed`);
    failed.add(step.name);
    continue;
  }
  const run = spawnSync(step.command, step.args, { stdio: 'inherit', cwd: root, env: { ...env, ...step.env } });
  if (run.status !== 0) failed.add(step.name);
}

/** Test counts from both runners' JSON reports, so the last line tells how many tests ran. */
function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const report of [vitestJson, processesJson, packagingJson]) {
    if (!existsSync(report)) continue;
    const v = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    total.passed += v.numPassedTests;
    total.failed += v.numFailedTests;
    total.skipped += v.numPendingTests + v.numTodoTests;
  }
  if (existsSync(playwrightJson)) {
    const p = JSON.parse(readFileSync(playwrightJson, 'utf8')) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
    total.passed += p.stats.expected + p.stats.flaky;
    total.failed += p.stats.unexpected;
    total.skipped += p.stats.skipped;
  }
  return total;
}

const c = counts();
console.log(`\n${failed.size === 0 ? 'All steps passed.' : `Failed steps: ${[...failed].join(', ')}.`}`);
console.log(`tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
process.exit(failed.size === 0 && c.failed === 0 ? 0 : 1);
