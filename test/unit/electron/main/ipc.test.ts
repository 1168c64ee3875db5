import { describe, expect, it } from 'vitest';
import { isTrustedSender, registerIpcHandlers } from '../../../../electron/main/ipc.ts';
import { silentLogger } from '../../../../electron/services/logging/logger.ts';
import type { Router } from '../../../../electron/services/router.ts';
import { channelNames, wireChannel } from '../../../../shared/ipc/contract.ts';
import { FakeIpcMain, fakeInvokeEvent } from '../../../helpers/fake-electron.ts';

function registered() {
  const ipcMain = new FakeIpcMain();
  const dispatched: Array<[string, unknown]> = [];
  const router: Router = {
    dispatch: (channel, payload) => {
      dispatched.push([channel, payload]);
      return Promise.resolve({ ok: true, value: 'answered' });
    },
  };
  registerIpcHandlers(ipcMain, router, silentLogger);
  return { ipcMain, dispatched };
}

describe('isTrustedSender', () => {
  it('accepts the top frame of the app origin', () => {
    expect(isTrustedSender(fakeInvokeEvent('app://assistant/index.html'))).toBe(true);
  });
  it.each([
    ['a foreign origin', fakeInvokeEvent('https://evil.example/')],
    ['a look-alike host', fakeInvokeEvent('app://assistant.evil/index.html')],
    ['file://', fakeInvokeEvent('file:///app/index.html')],
    ['a sub-frame of the app', fakeInvokeEvent('app://assistant/frame.html', { subFrame: true })],
    ['a destroyed frame', fakeInvokeEvent('app://assistant/index.html', { noFrame: true })],
  ])('rejects %s', (_name, event) => {
    expect(isTrustedSender(event)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  it('registers one prefixed handler per contract channel', () => {
    const { ipcMain } = registered();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channelNames.map(wireChannel).sort());
  });

  it('passes trusted calls to the router', async () => {
    const { ipcMain, dispatched } = registered();
    const result = await ipcMain.handlers.get(wireChannel('profiles.create'))!(fakeInvokeEvent('app://assistant/index.html'), { name: 'x' });
    expect(result).toEqual({ ok: true, value: 'answered' });
    expect(dispatched).toEqual([['profiles.create', { name: 'x' }]]);
  });

  it.each([
    ['a foreign origin', fakeInvokeEvent('https://evil.example/')],
    ['a sub-frame', fakeInvokeEvent('app://assistant/index.html', { subFrame: true })],
  ])('answers %s with forbidden-sender and never reaches the router', async (_name, event) => {
    const { ipcMain, dispatched } = registered();
    const result = await ipcMain.handlers.get(wireChannel('app.info'))!(event, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dispatched).toEqual([]);
  });
});
