import { rmSync } from 'node:fs';
import { createAssistantApi } from '../../../../../shared/ipc/bridge.ts';
import { nodeServices } from '../../../../helpers/services.ts';

/**
 * `window.assistant` backed by the real router and services on a temporary folder, through the same bridge code the
 * preload uses — so the checklist components are tested against the real progress rules, not a hand-written fake.
 */
export function installRealAssistant() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const copied: string[] = [];
  const services = nodeServices({
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    clipboard: { writeText: (text) => void copied.push(text), readText: () => copied.at(-1) ?? '', clear: () => {} },
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
  return { services, copied, dispose: () => rmSync(services.dataDir, { recursive: true, force: true }) };
}
