import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationToken } from 'builder-util-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateHttpExecutor } from '../../../../../electron/services/updates/update-http-executor.ts';
import { startInspectingProxy, type InspectingProxy } from '../../../../helpers/inspecting-proxy.ts';
import { makeTestCa, type TestCa } from '../../../../helpers/test-ca.ts';
import { sha512Base64, startFeedServer, type FeedServer } from '../../../../helpers/update-feed.ts';

/**
 * The download half as electron-updater runs it (its `download(url, destination, { sha512 })` call), through the
 * request path the app gives it: the same proxy and trusted roots as the signed metadata.
 */
const HOST = 'updates.contoso.test';
const ca = makeTestCa([HOST]);
const skipReason = typeof ca === 'string' ? ca : undefined;
if (skipReason) console.warn(`[skipped] update download through a proxy — ${skipReason}`);

const installer = Buffer.from('the installer of 1.5.0');

describe.skipIf(skipReason !== undefined)('downloading an update through the company network', () => {
  const testCa = ca as TestCa;
  let feed: FeedServer;
  let proxy: InspectingProxy;
  let dir: string;
  beforeAll(async () => {
    feed = await startFeedServer();
    feed.files.set('/feed/app-1.5.0.AppImage', installer);
    proxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => feed.port });
    dir = mkdtempSync(join(tmpdir(), 'aw-update-download-'));
  });
  afterAll(async () => {
    await proxy.close();
    await feed.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(testCa.dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    proxy.connects.length = 0;
    feed.requests.length = 0;
  });

  const download = (executor: UpdateHttpExecutor, sha512: string, name: string) =>
    executor.download(new URL(`https://${HOST}/feed/app-1.5.0.AppImage`), join(dir, name), { sha512, cancellationToken: new CancellationToken() });

  it('goes through the configured proxy, trusts the company root, and keeps a file whose SHA-512 matches', async () => {
    const executor = new UpdateHttpExecutor({ proxy: proxy.url, caFile: testCa.caFile });
    const file = await download(executor, sha512Base64(installer), 'good');
    expect(readFileSync(file)).toEqual(installer);
    expect(proxy.connects.map((c) => c.target)).toEqual([`${HOST}:443`]);
  });

  it('refuses a file whose SHA-512 does not match the signed metadata (electron-updater\'s own check)', async () => {
    const executor = new UpdateHttpExecutor({ proxy: proxy.url, caFile: testCa.caFile });
    await expect(download(executor, sha512Base64(Buffer.from('another file')), 'bad')).rejects.toThrow(/sha512 checksum mismatch/);
  });

  it('does not trust a TLS-inspecting proxy whose root the Network settings do not name', async () => {
    const executor = new UpdateHttpExecutor({ proxy: proxy.url });
    await expect(download(executor, sha512Base64(installer), 'untrusted')).rejects.toThrow(/self-signed certificate in certificate chain|unable to (get|verify)/i);
    expect(feed.requests).toEqual([]);
  });
});
