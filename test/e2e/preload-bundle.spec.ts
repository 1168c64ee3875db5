import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { channelNames } from '../../shared/ipc/contract.ts';

// A sandboxed preload may require only a few modules. This loads the BUILT preload in a bare V8 context whose
// `require` answers `electron` alone, and checks it exposes exactly `window.assistant` through the context bridge.
test('the built preload is one CommonJS file that needs nothing but electron', () => {
  const source = readFileSync(join(import.meta.dirname, '../../out/preload/index.cjs'), 'utf8');
  const required: string[] = [];
  const exposed: Record<string, unknown> = {};
  const invoked: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: (channel: string) => {
        invoked.push(channel);
        return Promise.resolve({ ok: true, value: null });
      },
      on: () => {},
      removeListener: () => {},
    },
  };
  const module = { exports: {} };
  runInNewContext(source, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the sandboxed preload tried to require ${name}`);
    },
  });
  expect(new Set(required)).toEqual(new Set(['electron']));
  expect(Object.keys(exposed)).toEqual(['assistant']);
  const api = exposed.assistant as Record<string, Record<string, () => unknown>>;
  void api.profiles!.list!();
  expect(invoked).toEqual(['assistant:profiles.list']);
  expect(Object.keys(api).length).toBe(new Set(channelNames.map((c) => c.split('.')[0])).size + 1);
});
