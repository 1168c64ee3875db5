/**
 * A script that runs the BUILT preload (`out/preload/index.cjs`) inside a page, against a stand-in `electron` whose
 * `ipcRenderer.invoke` calls the page binding `invokeBinding` and whose pushes arrive through `window.__assistantEmit`.
 * The bridge code under test is therefore the one the app ships; only Electron's transport is replaced.
 */
export function preloadInPageScript(preloadSource: string, invokeBinding: string): string {
  return `(() => {
    const listeners = new Map();
    Object.defineProperty(window, '__assistantEmit', { value: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener({}, payload);
    } });
    const electron = {
      contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, enumerable: true }) },
      ipcRenderer: {
        invoke: (channel, payload) => window[${JSON.stringify(invokeBinding)}](channel, payload),
        on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); },
        removeListener: (channel, listener) => { listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)); },
      },
    };
    const require = (name) => {
      if (name === 'electron') return electron;
      throw new Error('A sandboxed preload can only require electron, not ' + name);
    };
    const module = { exports: {} };
    (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
  })();`;
}
