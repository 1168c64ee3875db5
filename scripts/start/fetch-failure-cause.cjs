'use strict';
// Preloaded (`node --require`) into Electron's installer by `npm start`. Node's fetch rejects with a bare
// "fetch failed" and keeps the network error (DNS, refused connection, certificate) in `cause`, which the installer
// does not print. This wraps fetch so the rejection's message carries that cause; nothing else changes.
const original = globalThis.fetch;
if (typeof original === 'function') {
  globalThis.fetch = async function fetchWithCause(...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      const cause = error && error.cause;
      if (cause && cause.message) throw new Error(`${error.message}: ${cause.message}`, { cause: error });
      throw error;
    }
  };
}
