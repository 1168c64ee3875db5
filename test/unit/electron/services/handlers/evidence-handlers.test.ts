import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeServices, tempDataDir } from '../../../../../testing/services.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let dataDir: string;
let services: ReturnType<typeof nodeServices>;

beforeEach(() => {
  dataDir = tempDataDir('aw-evidence-ipc-');
  services = nodeServices({ dataDir });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const call = (channel: string, payload?: unknown) => services.router.dispatch(channel, payload);

describe('evidence channels through the router', () => {
  it('adds, lists per step, views and removes', async () => {
    const added = await call('evidence.add', { profileId: 'default', step: 'notifications', label: 'contact.png', base64: PNG });
    expect(added).toMatchObject({ ok: true, value: { step: 'notifications', mime: 'image/png' } });
    const id = (added as { value: { id: string } }).value.id;
    expect(await call('evidence.list', { profileId: 'default', step: 'notifications' })).toMatchObject({ value: { items: [{ id }] } });
    expect(await call('evidence.view', { profileId: 'default', id })).toEqual({ ok: true, value: { id, dataUrl: `data:image/png;base64,${PNG}` } });
    expect(await call('evidence.remove', { profileId: 'default', id })).toEqual({ ok: true, value: { items: [] } });
    expect(await call('evidence.view', { profileId: 'default', id })).toMatchObject({ ok: false, error: { code: 'evidence-not-found' } });
  });

  it('refuses data that is not base64 or not an image', async () => {
    expect(await call('evidence.add', { profileId: 'default', step: 'notifications', base64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('evidence.add', { profileId: 'default', step: 'notifications', base64: Buffer.from('GIF89a----').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'evidence-not-image' },
    });
  });
});
