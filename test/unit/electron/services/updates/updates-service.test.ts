import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createLogger } from '../../../../../electron/services/logging/logger.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import type { UpdatePolicy } from '../../../../../electron/services/updates/policy/update-policy.ts';
import { createUpdatesService, type UpdateEngine, type UpdatesServiceDeps, type VerifiedRelease } from '../../../../../electron/services/updates/updates-service.ts';
import { createActivity } from '../../../../../electron/services/updates/activity.ts';
import { startInspectingProxy, type InspectingProxy } from '../../../../helpers/inspecting-proxy.ts';
import { makeTestCa, type TestCa } from '../../../../helpers/test-ca.ts';
import { makeReleaseKey, releaseMetadata, signFeedFile, startFeedServer, type FeedServer } from '../../../../helpers/update-feed.ts';

const INSTALLED = '1.4.0';
const installer = { name: 'Mimecast-Arctic-Wolf-Assistant-1.5.0.AppImage', bytes: Buffer.from('the new release') };
const releaseKey = makeReleaseKey();
const otherKey = makeReleaseKey();
const FREE: UpdatePolicy = { managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] };

/** Publishes `metadata` (signed with `key`, or unsigned) as the stable Linux x64 channel file of `feed`. */
function publish(feed: FeedServer, metadata: string, key: typeof releaseKey | null = releaseKey): void {
  feed.files.clear();
  feed.files.set('/feed/latest-linux.yml', metadata);
  if (key) feed.files.set('/feed/latest-linux.yml.sig', signFeedFile(metadata, key));
  feed.files.set(`/feed/${installer.name}`, installer.bytes);
}

/** An engine that records what it was asked to download (electron-updater's place in the app). */
function recordingEngine(outcome: () => Promise<void> = () => Promise.resolve()): UpdateEngine & { downloads: VerifiedRelease[]; restarts: number } {
  const engine = {
    downloads: [] as VerifiedRelease[],
    restarts: 0,
    download: async (release: VerifiedRelease) => {
      engine.downloads.push(release);
      await outcome();
    },
    restartAndInstall: () => {
      engine.restarts += 1;
    },
  };
  return engine;
}

const logLines: string[] = [];
function service(overrides: Partial<UpdatesServiceDeps> & { feedUrl: string | null }) {
  const { feedUrl, ...rest } = overrides;
  return createUpdatesService({
    installedVersion: INSTALLED,
    platform: 'linux',
    arch: 'x64',
    policy: Promise.resolve(FREE),
    builtInFeedUrl: feedUrl,
    publicKey: releaseKey.publicPem,
    logger: createLogger(createRedactor(), [(line) => logLines.push(line)]),
    now: () => new Date('2026-12-07T09:00:00Z'),
    ...rest,
  });
}

let feed: FeedServer;
beforeAll(async () => {
  feed = await startFeedServer();
});
afterAll(() => feed.close());
beforeEach(() => {
  feed.requests.length = 0;
  logLines.length = 0;
});

describe('the update check against a feed on loopback', () => {
  it('offers a correctly signed newer release and hands exactly that verified metadata to the download', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const engine = recordingEngine();
    const updates = service({ feedUrl: feed.url, engine });
    const status = await updates.check();
    expect(status).toMatchObject({ state: 'downloading', version: '1.5.0', reason: null, managed: false, channel: 'stable', checkedAt: '2026-12-07T09:00:00.000Z' });
    expect(engine.downloads).toHaveLength(1);
    expect(engine.downloads[0]).toMatchObject({ feedUrl: feed.url, metadataFile: 'latest-linux.yml', info: { version: '1.5.0', files: [{ url: installer.name }] } });
    await expect.poll(async () => (await updates.status()).state).toBe('ready');
    // The metadata and its signature were fetched before anything else; the installer is the engine's to fetch.
    expect(feed.requests).toEqual(['/feed/latest-linux.yml', '/feed/latest-linux.yml.sig']);
  });

  it.each([
    ['unsigned', () => publish(feed, releaseMetadata('1.5.0', installer), null), /no signature for latest-linux\.yml: an unsigned update is never installed/],
    [
      'tampered (changed after signing)',
      () => {
        const metadata = releaseMetadata('1.5.0', installer);
        publish(feed, metadata);
        feed.files.set('/feed/latest-linux.yml', metadata.replace(installer.name, 'evil.AppImage'));
      },
      /does not match this app's release key: the file was changed after signing, or signed with another key/,
    ],
    ['signed with another key', () => publish(feed, releaseMetadata('1.5.0', installer), otherKey), /does not match this app's release key/],
    [
      'carrying a signature that is not Ed25519',
      () => {
        publish(feed, releaseMetadata('1.5.0', installer));
        feed.files.set('/feed/latest-linux.yml.sig', 'bm90IGEgc2lnbmF0dXJl');
      },
      /is not an Ed25519 signature/,
    ],
    ['older than the installed version (a downgrade)', () => publish(feed, releaseMetadata('1.3.9', installer)), /offers 1\.3\.9, older than the installed 1\.4\.0: a downgrade is never installed/],
  ])('refuses a release %s with the reason shown and logged, and downloads nothing', async (_name, arrange, reason) => {
    arrange();
    const engine = recordingEngine();
    const status = await service({ feedUrl: feed.url, engine }).check();
    expect(status.state).toBe('refused');
    expect(status.reason).toMatch(reason);
    expect(engine.downloads).toEqual([]);
    expect(feed.requests).not.toContain(`/feed/${installer.name}`);
    expect(logLines.some((line) => line.includes('update refused') && reason.test(line))).toBe(true);
  });

  it('refuses a download whose file does not match the signed SHA-512 (the engine reports electron-updater\'s mismatch) and says so', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const engine = recordingEngine(() => Promise.reject(new Error('sha512 checksum mismatch, expected abc, got def')));
    const updates = service({ feedUrl: feed.url, engine });
    await updates.check();
    await expect.poll(async () => (await updates.status()).state).toBe('refused');
    expect((await updates.status()).reason).toMatch(/does not match the SHA-512 in the signed metadata/);
    await expect(updates.restart()).rejects.toMatchObject({ code: 'update-not-ready' });
    expect(engine.restarts).toBe(0);
  });

  it('says up to date when the feed offers the installed version', async () => {
    publish(feed, releaseMetadata(INSTALLED, installer));
    expect(await service({ feedUrl: feed.url }).check()).toMatchObject({ state: 'up-to-date', reason: null });
  });

  it('with updates turned off by policy, sends no request at all, and says who decided', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const policy: UpdatePolicy = { ...FREE, managed: true, disabledReason: 'Your organisation has turned off updates for this app: IT installs new versions.' };
    const updates = service({ feedUrl: feed.url, policy: Promise.resolve(policy), engine: recordingEngine() });
    updates.start({ firstDelayMs: 0, intervalMs: 10 });
    const status = await updates.check();
    await new Promise((resolve) => setTimeout(resolve, 50));
    updates.stop();
    expect(status).toMatchObject({ state: 'disabled-by-policy', managed: true, reason: policy.disabledReason });
    expect(feed.requests).toEqual([]);
  });

  it('uses the mirror the policy names instead of the built-in feed, on the channel the policy sets', async () => {
    const mirror = await startFeedServer();
    try {
      const metadata = releaseMetadata('1.5.0-beta.2', installer);
      mirror.files.set('/feed/beta-linux.yml', metadata);
      mirror.files.set('/feed/beta-linux.yml.sig', signFeedFile(metadata, releaseKey));
      const policy: UpdatePolicy = { ...FREE, managed: true, channel: 'beta', updateUrl: mirror.url };
      const status = await service({ feedUrl: feed.url, policy: Promise.resolve(policy) }).check();
      expect(status).toMatchObject({ state: 'available', version: '1.5.0-beta.2', managed: true, channel: 'beta' });
      expect(mirror.requests).toEqual(['/feed/beta-linux.yml', '/feed/beta-linux.yml.sig']);
      expect(feed.requests).toEqual([]);
    } finally {
      await mirror.close();
    }
  });

  it('says "not configured" without a feed address, and sends nothing', async () => {
    expect(await service({ feedUrl: null }).check()).toMatchObject({ state: 'not-configured', checkedAt: null });
  });

  it('reports a feed that is down as an error naming the fault, not as a refusal', async () => {
    const status = await service({ feedUrl: 'http://127.0.0.1:9/feed' }).check();
    expect(status.state).toBe('error');
    expect(status.reason).toMatch(/^The update check did not reach the feed: 127\.0\.0\.1:9 refused the connection/);
  });
});

describe('restart when convenient', () => {
  it('installs on request once ready, but not while a verification or hand-off runs', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const engine = recordingEngine();
    const activity = createActivity();
    const updates = service({ feedUrl: feed.url, engine, busy: () => activity.current() });
    await updates.check();
    await expect.poll(async () => (await updates.status()).state).toBe('ready');
    let finish = (): void => {};
    const running = activity.track('a verification', () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(updates.restart()).rejects.toMatchObject({ code: 'update-busy', message: expect.stringContaining('Restart after a verification has finished') as string });
    expect(engine.restarts).toBe(0);
    finish();
    await running;
    await updates.restart();
    expect(engine.restarts).toBe(1);
  });
});

const FEED_HOST = 'updates.contoso.test';
const ca = makeTestCa([FEED_HOST]);
const skipReason = typeof ca === 'string' ? ca : undefined;
if (skipReason) console.warn(`[skipped] update feed through a proxy — ${skipReason}`);

describe.skipIf(skipReason !== undefined)('the update feed through the company network', () => {
  let proxy: InspectingProxy;
  const testCa = ca as TestCa;
  const feedUrl = `https://${FEED_HOST}/feed`;
  beforeAll(async () => {
    // A CONNECT proxy that terminates TLS with a certificate from its own CA and forwards to the loopback feed.
    proxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => feed.port });
  });
  afterAll(async () => {
    await proxy.close();
    rmSync(testCa.dir, { recursive: true, force: true });
  });
  afterEach(() => {
    proxy.connects.length = 0;
  });

  it('goes through the configured proxy and trusts the company root from the Network settings', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const status = await service({ feedUrl, feed: { network: () => ({ proxy: proxy.url, caFile: testCa.caFile }) } }).check();
    expect(status).toMatchObject({ state: 'available', version: '1.5.0' });
    expect(proxy.connects.map((c) => c.target)).toEqual([`${FEED_HOST}:443`, `${FEED_HOST}:443`]);
    expect(feed.requests).toEqual(['/feed/latest-linux.yml', '/feed/latest-linux.yml.sig']);
  });

  it('behind a TLS-inspecting proxy whose root is not trusted, fails naming the issuer, as verification does', async () => {
    publish(feed, releaseMetadata('1.5.0', installer));
    const status = await service({ feedUrl, feed: { network: () => ({ proxy: proxy.url }) } }).check();
    expect(status.state).toBe('error');
    expect(status.reason).toContain(`'${testCa.name}'`);
    expect(feed.requests).toEqual([]);
  });
});
