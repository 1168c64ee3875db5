// Makes sure Electron's binary is on disk before `npm start` hands over to electron-vite. Electron 45 no longer
// downloads it when `npm ci` installs the package: its `install.js` does so lazily, the first time it runs, and
// writes `path.txt` (the executable inside `dist/`) when done. electron-vite reads `path.txt` directly and throws a
// bare "Electron uninstall" when it is missing, so we run Electron's own installer first and explain a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { ok: true; executable: string; downloaded: boolean } | { ok: false; message: string };

export interface EnsureOptions {
  /** The `electron` package folder (`node_modules/electron`). */
  electronDir: string;
  env: NodeJS.ProcessEnv;
  /** Told before a download starts (it is about 100 MB, once). */
  onDownload?: (text: string) => void;
}

/** Where Electron's installer puts the executable, read from the `path.txt` it writes last; null before that. */
function installedExecutable(electronDir: string): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** The installer reports only "fetch failed"; this preload makes it print the network error behind it. */
const causePreload = join(import.meta.dirname, 'fetch-failure-cause.cjs');

/** One line from the installer's stack trace: the error message without its class name. */
export function downloadFailureReason(stderr: string): string {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => /^[A-Za-z]*Error\b.*:/.test(l) || /^Error:/.test(l));
  const reason = (line ?? stderr.trim().split('\n').find((l) => l.trim() !== '') ?? 'the installer gave no reason').replace(/^[A-Za-z]*Error:\s*/, '');
  return reason.replace(/\.$/, '');
}

/** The paragraph `npm start` prints when the binary cannot be had: what failed, why, and what to do about it. */
export function downloadFailureMessage(reason: string, electronVersion: string, env: NodeJS.ProcessEnv): string {
  const source = env.ELECTRON_MIRROR ? `the mirror ${env.ELECTRON_MIRROR}` : 'github.com';
  const tls = /certificate|CERT_|SELF_SIGNED|self-signed/i.test(reason)
    ? ' A company proxy that inspects TLS needs its root certificate: NODE_EXTRA_CA_CERTS=/path/to/root.pem.'
    : '';
  return (
    `Electron's binary could not be downloaded, so the app cannot start. Reason: ${reason}. ` +
    `On its first start the app downloads Electron ${electronVersion} (about 100 MB, once) from ${source}. ` +
    `Check the network connection; behind a company proxy set HTTPS_PROXY (and NO_PROXY) before npm start;` +
    `${tls} to download from a mirror instead, set ELECTRON_MIRROR to its address and, when its folders are not ` +
    `named like GitHub's release tags, ELECTRON_CUSTOM_DIR (for example {{ version }}). Then run npm start again. ` +
    `The tests (npm test) do not need Electron.`
  );
}

/** Runs Electron's own installer (a no-op when the right version is there) and returns the executable it put in place. */
export function ensureElectronBinary({ electronDir, env, onDownload }: EnsureOptions): ElectronBinary {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    // Electron's own switch for a binary kept elsewhere (a custom build): used as is, nothing is downloaded.
    const pathFile = join(electronDir, 'path.txt');
    const executable = join(override, existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron');
    if (existsSync(executable)) return { ok: true, executable, downloaded: false };
    return { ok: false, message: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron executable at ${executable}. Point it at the folder that holds the Electron binary, or unset it so npm start downloads Electron.` };
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string };
  const present = installedExecutable(electronDir);
  if (!present) onDownload?.(`Downloading Electron ${version} (about 100 MB, first start only)…`);

  const proxySet = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => env[name]);
  const run = spawnSync(process.execPath, ['--require', causePreload, join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    // Node's fetch (which the installer uses) follows HTTPS_PROXY only when asked to.
    env: { ...env, ...(proxySet && env.NODE_USE_ENV_PROXY === undefined ? { NODE_USE_ENV_PROXY: '1' } : {}), ELECTRON_GET_NO_PROGRESS: '1' },
  });
  const executable = installedExecutable(electronDir);
  if (run.status === 0 && executable) return { ok: true, executable, downloaded: !present };

  const reason = run.error
    ? run.error.message
    : run.status === 0
      ? `the installer finished but left no executable at ${join(electronDir, 'dist')}`
      : downloadFailureReason(run.stderr);
  return { ok: false, message: downloadFailureMessage(reason, version, env) };
}
