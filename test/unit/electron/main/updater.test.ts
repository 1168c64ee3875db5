import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateEngine, readMachinePolicy, updatesAdapters, WINDOWS_PUBLISHER_NAMES } from '../../../../electron/main/updater.ts';
import { createLogger } from '../../../../electron/services/logging/logger.ts';
import { createRedactor } from '../../../../electron/services/logging/redactor.ts';
import { releaseKey, verifySignedMetadata } from '../../../../electron/services/updates/signed-metadata.ts';
import type { VerifiedRelease } from '../../../../electron/services/updates/updates-service.ts';
import { makeReleaseKey, releaseMetadata, sha512Base64, signFeedFile, startFeedServer, type FeedServer } from '../../../helpers/update-feed.ts';

/**
 * The real electron-updater (its Debian updater, which needs no Electron binary to download) driven by the engine
 * main wires: it acts only on the release it is handed, downloads through the app's request path, checks the file's
 * SHA-512 itself, and is set to install on quit.
 */
function fakeApp(dir: string): AppAdapter {
  return {
    version: '1.4.0',
    name: 'mimecast-aw-assistant',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: join(dir, 'user-data'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => {},
    onQuit: () => {},
  };
}

const deb = { name: 'mimecast-aw-assistant_1.5.0_amd64.deb', bytes: Buffer.from('the 1.5.0 package') };
const key = makeReleaseKey();
let feed: FeedServer;
let dir: string;
const logLines: string[] = [];
const logger = createLogger(createRedactor(), [(line) => logLines.push(line)]);

beforeAll(async () => {
  feed = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'aw-updater-'));
});
afterAll(async () => {
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the updates service hands over: metadata that passed the signature check. */
function verified(metadata: string): VerifiedRelease {
  const verdict = verifySignedMetadata(Buffer.from(metadata), signFeedFile(metadata, key), releaseKey(key.publicPem), 'latest-linux.yml');
  if (!verdict.ok) throw new Error(verdict.reason);
  return { info: verdict.info, feedUrl: feed.url, metadataFile: 'latest-linux.yml' };
}

describe('electron-updater as main wires it', () => {
  it('installs on quit only, never downgrades, downloads whole files, and takes the verified release without fetching a feed itself', async () => {
    feed.files.set(`/feed/${deb.name}`, deb.bytes);
    feed.requests.length = 0;
    const updater = new DebUpdater(null, fakeApp(dir));
    const engine = createUpdateEngine({ updater, network: () => ({}), logger });
    expect(updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: true, allowDowngrade: false, disableDifferentialDownload: true });
    await engine.download(verified(releaseMetadata('1.5.0', deb)));
    // What NsisUpdater reads for the Authenticode publisher check: never absent (absent means no check at all).
    expect(await (updater as unknown as { configOnDisk: { value: Promise<unknown> } }).configOnDisk.value).toMatchObject({ publisherName: WINDOWS_PUBLISHER_NAMES });
    expect(WINDOWS_PUBLISHER_NAMES.length).toBeGreaterThan(0);
    expect(feed.requests).toEqual([`/feed/${deb.name}`]);
    const cached = join(dir, 'cache', 'mimecast-aw-assistant-updater', 'pending', deb.name);
    expect(existsSync(cached) && readFileSync(cached)).toEqual(deb.bytes);
  });

  it('refuses a file whose SHA-512 does not match the signed metadata, and keeps nothing to install', async () => {
    const other = join(dir, 'other');
    feed.files.set(`/feed/${deb.name}`, Buffer.from('a different package'));
    const updater = new DebUpdater(null, fakeApp(other));
    const engine = createUpdateEngine({ updater, network: () => ({}), logger });
    const metadata = releaseMetadata('1.5.0', deb);
    expect(metadata).toContain(sha512Base64(deb.bytes));
    await expect(engine.download(verified(metadata))).rejects.toThrow(/sha512 checksum mismatch/);
    expect(existsSync(join(other, 'cache', 'mimecast-aw-assistant-updater', 'pending', deb.name))).toBe(false);
  });

  it('does not take an older release even if one were handed over (electron-updater compares again)', async () => {
    feed.files.set(`/feed/${deb.name}`, deb.bytes);
    const engine = createUpdateEngine({ updater: new DebUpdater(null, fakeApp(join(dir, 'old'))), network: () => ({}), logger });
    await expect(engine.download(verified(releaseMetadata('1.3.0', deb)))).rejects.toThrow(/did not take 1\.3\.0 as newer/);
  });
});

describe('the machine policy read at start', () => {
  it('on Windows asks reg.exe for the policy key and for the MSI upgrade code', async () => {
    const asked: string[] = [];
    const policy = await readMachinePolicy({
      platform: 'win32',
      execPath: 'C:\\Program Files\\Mimecast Arctic Wolf Assistant\\Mimecast Arctic Wolf Assistant.exe',
      env: { ProgramFiles: 'C:\\Program Files' },
      runReg: (args) => {
        asked.push(args[1] ?? '');
        return Promise.resolve(args[1]?.includes('UpgradeCodes') ? { code: 0, stdout: '' } : { code: 1, stdout: '' });
      },
    });
    expect(asked).toEqual(['HKLM\\SOFTWARE\\Policies\\MimecastAW\\Assistant', expect.stringMatching(/^HKLM\\SOFTWARE\\Classes\\Installer\\UpgradeCodes\\[0-9A-F]{32}$/) as string]);
    expect(policy).toMatchObject({ managed: true, disabledReason: expect.stringContaining('MSI') as string });
  });
});

describe('what main hands createServices for updates', () => {
  const facts = { platform: 'win32', execPath: 'C:\\Users\\ann\\AppData\\Local\\Programs\\x\\x.exe', env: {}, runReg: () => Promise.resolve({ code: 1, stdout: '' }) };

  it('a packaged app: the policy read at start, the built-in feed, and electron-updater as the engine', async () => {
    const updater = new DebUpdater(null, fakeApp(join(dir, 'wired')));
    const adapters = updatesAdapters({ isPackaged: true }, () => updater, 'https://updates.example.com/stable', facts);
    expect(adapters.builtInFeedUrl).toBe('https://updates.example.com/stable');
    expect(await adapters.policy).toEqual({ managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] });
    expect(adapters.engine).toBeTypeOf('function');
    adapters.engine?.(() => Promise.resolve({}), () => {}, logger);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('npm start (unpackaged): checks may run, nothing is downloaded; a build without a feed says so', () => {
    const adapters = updatesAdapters({ isPackaged: false }, () => {
      throw new Error('electron-updater must not be touched');
    }, '', facts);
    expect(adapters.builtInFeedUrl).toBeNull();
    expect('engine' in adapters).toBe(false);
  });
});
