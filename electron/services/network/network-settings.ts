import { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { NetworkSettingsInput, NetworkStatus, ProxySource } from '../../../shared/ipc/channels/network.ts';
import { networkSettingsInputSchema } from '../../../shared/ipc/channels/network.ts';
import { parseProxyUrl, proxyLabel, resolveProxyRoute, type ProxySource as RouteSource, type SystemProxyResolver } from '../http/proxy.ts';
import type { NetworkOptions } from '../http/transport.ts';
import { loadTrust, readCaFile } from '../http/trust.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { TokenStore } from '../handoff/lazy-token-store.ts';
import { jsonSchemaProperties, openStoreRecovering, type KeyValueStore, type OpenStore } from '../settings/store.ts';
import type { StoreRecovery } from '../../../shared/domain/profile.ts';

/**
 * The app's Network settings (`network.json` in the data folder): a proxy of the admin's own and a PEM file with the
 * company root certificate. The proxy's user name and password never go into the file: they are kept in the same
 * protected store as the client secret, and joined to the address only when a call is made.
 */
const networkFileSchema = z.object({
  /** The proxy address without credentials, or null. */
  proxy: z.string().nullable(),
  proxyHasCredentials: z.boolean(),
  caFile: z.string().nullable(),
});
type NetworkFile = z.infer<typeof networkFileSchema>;

/** The protected-store account of the proxy's `user:password`. */
export const PROXY_CREDENTIALS_ACCOUNT = 'network:proxy-credentials';

export interface NetworkSettingsDeps {
  dataDir: string;
  openStore: OpenStore;
  /** The protected store (keychain), opened on first use. */
  secrets: TokenStore;
  redactor: Redactor;
  /** The operating system's proxy for a URL (Electron's session.resolveProxy); absent outside the app. */
  systemProxy?: SystemProxyResolver;
  /** The active profile's gateway base URL, the target the status is worked out for. */
  gatewayUrl: () => string;
  onRecover?: (recovery: StoreRecovery) => void;
}

export interface NetworkSettingsService {
  /** What every outgoing call of the app uses now: the saved proxy (with its credentials), the CA file, the OS. */
  options(): Promise<NetworkOptions>;
  status(): Promise<NetworkStatus>;
  save(input: NetworkSettingsInput): Promise<NetworkStatus>;
}

const sourceOf: Record<RouteSource, ProxySource> = { option: 'setting', environment: 'environment', system: 'system', none: 'none' };

/** `user:password` of a proxy URL as typed (still percent-encoded), or '' when it has none. */
function userInfo(url: URL): string {
  return url.username || url.password ? `${url.username}:${url.password}` : '';
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href.replace(/\/$/, '');
}

export function createNetworkSettingsService(deps: NetworkSettingsDeps): NetworkSettingsService {
  // Opened on first use: a CLI run that never asks about the network leaves no file behind.
  let opened: KeyValueStore<NetworkFile> | undefined;
  const store = (): KeyValueStore<NetworkFile> =>
    (opened ??= openStoreRecovering<NetworkFile>(
      deps.openStore,
      { cwd: deps.dataDir, name: 'network', schema: jsonSchemaProperties(networkFileSchema), defaults: { proxy: null, proxyHasCredentials: false, caFile: null } },
      (recovery) => deps.onRecover?.(recovery),
    ));
  const file = (): NetworkFile => {
    const s = store();
    return { proxy: s.get('proxy'), proxyHasCredentials: s.get('proxyHasCredentials'), caFile: s.get('caFile') };
  };

  const credentials = async (): Promise<string> => {
    const saved = (await deps.secrets.get(PROXY_CREDENTIALS_ACCOUNT)) ?? '';
    for (const part of saved.split(':')) if (part) deps.redactor.register(decodeURIComponent(part));
    return saved;
  };

  const options = async (): Promise<NetworkOptions> => {
    const saved = file();
    let proxy: string | undefined;
    if (saved.proxy) {
      const url = new URL(saved.proxy);
      const info = saved.proxyHasCredentials ? await credentials() : '';
      proxy = info ? `${url.protocol}//${info}@${url.host}` : saved.proxy;
    }
    return { ...(proxy ? { proxy } : {}), ...(saved.caFile ? { caFile: saved.caFile } : {}), ...(deps.systemProxy ? { systemProxy: deps.systemProxy } : {}) };
  };

  const status = async (): Promise<NetworkStatus> => {
    const saved = file();
    const target = new URL(deps.gatewayUrl());
    let proxy: NetworkStatus['proxy'] = { source: 'none', address: null, withCredentials: false };
    let proxyProblem: string | null = null;
    try {
      // The saved proxy's address is enough to show the route; its password is not read for a status.
      const route = await resolveProxyRoute(target, { ...(saved.proxy ? { proxy: saved.proxy } : {}), ...(deps.systemProxy ? { systemProxy: deps.systemProxy } : {}) });
      proxy = {
        source: sourceOf[route.source],
        address: route.url ? proxyLabel(route.url) : null,
        withCredentials: route.source === 'option' ? saved.proxyHasCredentials : Boolean(route.url && userInfo(route.url)),
      };
    } catch (error) {
      proxyProblem = error instanceof AppError ? error.message : 'The proxy could not be worked out.';
    }
    let fileProblem: string | null = null;
    let trust = loadTrust().summary;
    if (saved.caFile) {
      try {
        trust = loadTrust(saved.caFile).summary;
      } catch (error) {
        fileProblem = error instanceof AppError ? error.message : 'The certificate file could not be read.';
      }
    }
    return {
      gatewayHost: target.host,
      proxy,
      proxyProblem,
      trust: { ...trust, fileProblem },
      settings: { ...saved },
    };
  };

  return {
    options,
    status,
    async save(raw) {
      const input = networkSettingsInputSchema.parse(raw);
      const before = file();
      let proxy: string | null = null;
      let info = '';
      if (input.proxy) {
        const url = parseProxyUrl(input.proxy);
        info = userInfo(url);
        for (const part of info.split(':')) if (part) deps.redactor.register(decodeURIComponent(part));
        proxy = withoutCredentials(url);
        if (!info && input.keepCredentials && before.proxyHasCredentials && before.proxy && new URL(before.proxy).host === url.host) info = await credentials();
      }
      const caFile = input.caFile ? input.caFile : null;
      // Checked before anything is saved: a file that is not a PEM certificate is refused, the old setting stays.
      if (caFile) readCaFile(caFile);
      if (info) await deps.secrets.set(PROXY_CREDENTIALS_ACCOUNT, info);
      else if (before.proxyHasCredentials) await deps.secrets.delete(PROXY_CREDENTIALS_ACCOUNT);
      const s = store();
      s.set('proxy', proxy);
      s.set('proxyHasCredentials', info !== '');
      s.set('caFile', caFile);
      return status();
    },
  };
}
