import { rmSync } from 'node:fs';
import type { Adapters } from '../../electron/services/compose.ts';
import { createAssistantApi } from '../../shared/ipc/bridge.ts';
import { nodeServices, recordingClipboard } from '../../testing/services.ts';

/**
 * `window.assistant` backed by the real router and services on a temporary folder, through the same bridge code the
 * preload uses — so components are tested against the real rules, not a hand-written fake. Only Electron's IPC is
 * left out: the services' events reach the bridge's subscribers through an in-process bus. The clipboard records what
 * is copied into `copied` unless `overrides.clipboard` brings its own. `dispose` removes the data folder.
 */
export function installRealAssistant(overrides: Partial<Adapters> = {}) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const clipboard = recordingClipboard();
  const services = nodeServices({
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    clipboard,
    ...overrides,
  });
  const api = createAssistantApi({
    invoke: (channel, payload) => services.router.dispatch(channel, payload),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'assistant', { value: api, configurable: true });
  return { services, api, copied: clipboard.copied, dispose: () => rmSync(services.dataDir, { recursive: true, force: true }) };
}
