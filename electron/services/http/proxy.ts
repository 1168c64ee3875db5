import { getProxyForUrl } from 'proxy-from-env';
import { AppError } from '../../../shared/errors.ts';
import { isLoopbackHost } from '../../../shared/net/loopback.ts';

/**
 * Which proxy a request goes through, in this order: the one given (`--proxy URL`, the app's setting), else the
 * environment (`HTTPS_PROXY`/`https_proxy`/`ALL_PROXY`, with `NO_PROXY`/`no_proxy` honoured — read by
 * proxy-from-env, as axios and npm do), else the operating system's settings (the app asks Electron's
 * `session.resolveProxy`, which runs PAC files too), else none. This machine's own addresses never go through a proxy.
 */
export type ProxySource = 'option' | 'environment' | 'system' | 'none';

export interface ProxyRoute {
  /** The proxy URL with any credentials, or null for a direct connection. Never shown or logged as is. */
  url: URL | null;
  source: ProxySource;
}

/** Asks the operating system for a URL's proxy; answers in PAC form ("PROXY host:port; DIRECT"). */
export type SystemProxyResolver = (url: string) => Promise<string>;

export interface ProxySettings {
  /** `--proxy URL` or the app's setting; empty or absent means "not set". */
  proxy?: string | undefined;
  systemProxy?: SystemProxyResolver | undefined;
}

/** Parses a proxy URL given by the admin; throws `AppError('proxy-invalid')` with what to write instead. */
export function parseProxyUrl(raw: string): URL {
  const text = raw.trim();
  let url: URL;
  try {
    // A bare host:port is read as http://host:port, as the environment variables are read.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new AppError('proxy-invalid', 'The proxy address is not valid. Write it as http://host:port (or http://user:password@host:port).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('proxy-invalid', `The proxy address must start with http:// or https:// (${url.protocol.replace(':', '')} proxies are not supported). Write it as http://host:port.`);
  }
  if (!url.hostname) throw new AppError('proxy-invalid', 'The proxy address has no host name. Write it as http://host:port.');
  // The user name and password are sent decoded; a `%` not followed by two hex digits has no decoded form.
  if (![url.username, url.password].every(decodes)) {
    throw new AppError('proxy-invalid', 'The proxy user name or password contains a % that is not part of an escape. Write each % in them as %25 (and @ as %40, : as %3A).');
  }
  return url;
}

function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/** `host:port` of a proxy: what messages and the Network section show (never the user name or password). */
export function proxyLabel(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}:${port}`;
}

/** The password and user of a proxy URL, decoded, so the caller can register them with the redactor. */
export function proxyCredentials(url: URL): string[] {
  return [url.password, url.username].filter((v) => v !== '').map((v) => decodeURIComponent(v));
}

/**
 * The first usable entry of a PAC answer (`PROXY a:8080; SOCKS5 b:1080; DIRECT`): PROXY → http://, HTTPS →
 * https://, DIRECT → none. SOCKS entries are skipped (not supported); an answer with nothing usable means direct.
 */
export function parsePacResult(pac: string): URL | null {
  for (const entry of pac.split(';')) {
    const [kind, hostPort] = entry.trim().split(/\s+/);
    const type = kind?.toUpperCase();
    if (type === 'DIRECT') return null;
    if ((type === 'PROXY' || type === 'HTTPS') && hostPort) {
      try {
        return new URL(`${type === 'HTTPS' ? 'https' : 'http'}://${hostPort}`);
      } catch {
        continue;
      }
    }
  }
  return null;
}

export async function resolveProxyRoute(target: URL, settings: ProxySettings): Promise<ProxyRoute> {
  if (isLoopbackHost(target.hostname)) return { url: null, source: 'none' };
  const given = settings.proxy?.trim();
  // A proxy given explicitly is used for every call; NO_PROXY belongs to the environment's proxy (proxy-from-env
  // applies it), and the operating system applies its own bypass list inside resolveProxy.
  if (given) return { url: parseProxyUrl(given), source: 'option' };
  const fromEnv = getProxyForUrl(target.href);
  if (fromEnv) return { url: parseProxyUrl(fromEnv), source: 'environment' };
  if (settings.systemProxy) {
    const url = parsePacResult(await settings.systemProxy(target.href));
    if (url) return { url, source: 'system' };
  }
  return { url: null, source: 'none' };
}
