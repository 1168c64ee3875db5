import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { UpdateInfo as BuilderUpdateInfo } from 'builder-util-runtime';
import { Provider, type AppUpdater, type ResolvedUpdateFileInfo } from 'electron-updater';
import type { ProviderRuntimeOptions } from 'electron-updater/out/providers/Provider.js';
import type { NetworkOptions } from '../services/http/transport.ts';
import type { Logger } from '../services/logging/logger.ts';
import { readUpdatePolicy, type UpdatePolicy } from '../services/updates/policy/update-policy.ts';
import type { RunReg } from '../services/updates/policy/windows-policy.ts';
import { UpdateHttpExecutor } from '../services/updates/update-http-executor.ts';
import type { UpdateEngine, VerifiedRelease } from '../services/updates/updates-service.ts';

/**
 * electron-updater, wired so that it only ever acts on metadata the updates service has already verified:
 * - its provider fetches nothing; it answers the verified release it was handed (no second, unchecked fetch);
 * - its requests go through `UpdateHttpExecutor` (the app's proxy and trusted roots) instead of its own session;
 * - it then runs its own checks: the file's SHA-512 from the signed metadata, the Windows publisher
 *   (Authenticode, against `WINDOWS_PUBLISHER_NAMES`) and, through Squirrel.Mac, macOS's code signature;
 * - it downloads in the background and installs when the app quits; it never restarts the app by itself.
 */

/**
 * The subject names an update's Authenticode signature must carry (electron-updater refuses any other publisher). It
 * must equal the signing certificate's subject CN (docs/release.md); with no name, electron-updater would skip the
 * check, so an empty list is refused below.
 */
export const WINDOWS_PUBLISHER_NAMES = ['Mimecast Arctic Wolf Assistant team'];

/** Where electron-updater keeps a downloaded update until the app quits (under the OS's cache folder). */
const UPDATER_CACHE_DIR = 'mimecast-aw-assistant-updater';

/** `reg.exe` by its full path (never whatever `reg` comes first on PATH). */
function systemRunReg(systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): RunReg {
  const reg = join(systemRoot, 'System32', 'reg.exe');
  return (args) =>
    new Promise((resolve) => {
      execFile(reg, args, { windowsHide: true, timeout: 10_000 }, (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout) });
      });
    });
}

export interface PolicyFacts {
  platform: string;
  execPath: string;
  env: NodeJS.ProcessEnv;
  runReg?: RunReg;
}

/** The machine policy as the app reads it at start: HKLM on Windows (and whether this is the MSI's copy), the managed preferences on macOS, /etc on Linux. */
export function readMachinePolicy(facts: PolicyFacts): Promise<UpdatePolicy> {
  if (facts.platform !== 'win32') return readUpdatePolicy({ platform: facts.platform });
  return readUpdatePolicy({
    platform: 'win32',
    runReg: facts.runReg ?? systemRunReg(facts.env.SystemRoot),
    msi: { exePath: facts.execPath, programFolders: [facts.env.ProgramFiles, facts.env.ProgramW6432] },
  });
}

/** What main hands createServices for updates: the policy (its read starts now, at start) and, in a packaged app, electron-updater. */
export function updatesAdapters(app: { isPackaged: boolean }, updater: () => AppUpdater, builtInFeedUrl: string | null, facts: PolicyFacts) {
  return {
    policy: readMachinePolicy(facts),
    builtInFeedUrl: builtInFeedUrl || null,
    arch: process.arch,
    // Unpackaged (npm start) there is nothing to replace: the check still runs, the download does not.
    ...(app.isPackaged
      ? { engine: (network: () => Promise<NetworkOptions>, registerSecret: (value: string) => void, logger: Logger) => createUpdateEngine({ updater: updater(), network, registerSecret, logger }) }
      : {}),
  };
}

export interface EngineDeps {
  updater: AppUpdater;
  /** The app's proxy and trusted roots now (the Network settings, the OS's proxy). */
  network: () => Promise<NetworkOptions> | NetworkOptions;
  registerSecret?: (value: string) => void;
  logger: Logger;
  publisherNames?: string[];
}

export function createUpdateEngine(deps: EngineDeps): UpdateEngine {
  const { updater, logger } = deps;
  const publisherNames = deps.publisherNames ?? WINDOWS_PUBLISHER_NAMES;
  let handed: VerifiedRelease | undefined;

  /** electron-updater's provider: answers the release the updates service verified, and resolves its files against its feed. */
  class VerifiedReleaseProvider extends Provider<BuilderUpdateInfo> {
    constructor(_options: unknown, _updater: unknown, runtime: ProviderRuntimeOptions) {
      super(runtime);
    }
    getLatestVersion(): Promise<BuilderUpdateInfo> {
      if (!handed) return Promise.reject(new Error('No verified release was handed to the updater.'));
      // The schema checked version and files; electron-updater reads the rest (path, releaseDate) as it wrote them.
      return Promise.resolve(handed.info as unknown as BuilderUpdateInfo);
    }
    resolveFiles(info: BuilderUpdateInfo): ResolvedUpdateFileInfo[] {
      const feed = handed?.feedUrl ?? '';
      const base = new URL(feed.endsWith('/') ? feed : `${feed}/`);
      return info.files.map((file) => ({ url: new URL(file.url, base), info: file }));
    }
  }

  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;
  updater.allowDowngrade = false;
  // The channel and pre-release decision were made on the signed metadata; electron-updater compares versions again.
  updater.allowPrerelease = true;
  // Block maps and web installers would be further files the signed metadata does not hash: whole files only.
  updater.disableDifferentialDownload = true;
  updater.disableWebInstaller = true;
  updater.logger = { info: (m: unknown) => logger.info(`updater: ${String(m)}`), warn: (m: unknown) => logger.warn(`updater: ${String(m)}`), error: (m: unknown) => logger.warn(`updater: ${String(m)}`) };
  // An 'error' event without a listener would throw out of electron-updater; the download promise carries it to the service.
  updater.on('error', () => {});

  return {
    async download(release) {
      if (process.platform === 'win32' && publisherNames.length === 0) throw new Error('not signed by the application owner: no publisher name is configured');
      handed = release;
      // The app's request path (proxy, roots) in place of electron-updater's own session.
      (updater as unknown as { httpExecutor: UpdateHttpExecutor }).httpExecutor = new UpdateHttpExecutor(await deps.network(), deps.registerSecret);
      const config = { provider: 'custom', updateProvider: VerifiedReleaseProvider, publisherName: publisherNames, updaterCacheDirName: UPDATER_CACHE_DIR };
      // electron-updater reads the publisher names (Windows) and its cache folder from app-update.yml, which this app does
      // not ship (publish: null): without this, a missing file would silently skip the publisher check.
      (updater as unknown as { configOnDisk: { value: Promise<typeof config> } }).configOnDisk = { value: Promise.resolve(config) };
      updater.setFeedURL(config as never);
      const result = await updater.checkForUpdates();
      if (!result?.isUpdateAvailable) throw new Error(`electron-updater did not take ${release.info.version} as newer than the installed version`);
      await updater.downloadUpdate();
    },
    restartAndInstall() {
      // Not silent on Windows (the installer shows its progress), and the app starts again afterwards.
      updater.quitAndInstall(false, true);
    },
  };
}
