import { describe, expect, it } from 'vitest';
import type { UpdateEngine } from '../../../../../electron/services/updates/updates-service.ts';
import { nodeServices } from '../../../../../testing/services.ts';
import { makeReleaseKey, releaseMetadata, signFeedFile, startFeedServer } from '../../../../helpers/update-feed.ts';

const FREE = { managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] };

describe('updates.* channels', () => {
  it('without a feed (the CLI, a build made without one) say "not configured" and check nothing', async () => {
    const services = nodeServices();
    expect(await services.router.dispatch('updates.status', undefined)).toEqual({
      ok: true,
      value: { state: 'not-configured', version: null, reason: expect.stringContaining('no update address') as string, managed: false, channel: 'stable', checkedAt: null },
    });
    expect(await services.router.dispatch('updates.restart', undefined)).toMatchObject({ ok: false, error: { code: 'update-not-ready' } });
  });

  it('check, push each state as updates.changed, and refuse a restart while a verification runs', async () => {
    const key = makeReleaseKey();
    const feed = await startFeedServer();
    try {
      const metadata = releaseMetadata('9.0.0', { name: 'app.AppImage', bytes: Buffer.from('x') });
      feed.files.set('/feed/latest-linux.yml', metadata);
      feed.files.set('/feed/latest-linux.yml.sig', signFeedFile(metadata, key));
      const pushed: string[] = [];
      let restarts = 0;
      const engine: UpdateEngine = { download: () => Promise.resolve(), restartAndInstall: () => void (restarts += 1) };
      const services = nodeServices({
        emit: (event, payload) => {
          if (event === 'updates.changed') pushed.push((payload as { state: string }).state);
        },
        updates: { policy: Promise.resolve(FREE), builtInFeedUrl: feed.url, engine: () => engine, arch: 'x64', publicKey: key.publicPem },
      });
      expect(await services.router.dispatch('updates.check', undefined)).toMatchObject({ ok: true, value: { state: 'downloading', version: '9.0.0' } });
      await expect.poll(() => pushed.at(-1)).toBe('ready');
      expect(pushed).toEqual(['checking', 'downloading', 'ready']);

      // A verification in progress (no credentials: it fails, but only after the restart was asked for).
      const running = services.verification.run('default').catch(() => undefined);
      expect(await services.router.dispatch('updates.restart', undefined)).toMatchObject({ ok: false, error: { code: 'update-busy' } });
      await running;
      expect(await services.router.dispatch('updates.restart', undefined)).toEqual({ ok: true, value: { restarting: true } });
      expect(restarts).toBe(1);
    } finally {
      await feed.close();
    }
  });
});
