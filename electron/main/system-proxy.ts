import type { Session } from 'electron';
import type { SystemProxyResolver } from '../services/http/proxy.ts';

/**
 * The operating system's proxy for a URL, as Chromium works it out from the system settings (PAC files and
 * auto-detection included): an answer such as "PROXY proxy.corp:8080; DIRECT". The services parse it; a lookup that
 * fails means "direct", and the Network section says which proxy is in use, so the admin can set one by hand.
 */
export function systemProxyResolver(session: () => Pick<Session, 'resolveProxy'>): SystemProxyResolver {
  return async (url) => {
    try {
      return await session().resolveProxy(url);
    } catch {
      return 'DIRECT';
    }
  };
}
