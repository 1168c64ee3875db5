import type { ClientRequest } from 'node:http';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { createAgent } from './agents.ts';
import { proxyCredentials, resolveProxyRoute, type ProxySettings } from './proxy.ts';
import type { Trust } from './trust.ts';

/**
 * One agent for code that makes its own requests (electron-updater's downloader) yet must go out exactly as the
 * HTTP layer does: for each connection it works out the route (configured proxy, environment, the OS's PAC answer)
 * and hands the request to the same tunnel or direct agent, checked against the same trusted roots. Redirect
 * targets (a release host's CDN) get their own route.
 */
export class RoutingAgent extends Agent {
  readonly #network: ProxySettings;
  readonly #trust: Trust;
  readonly #registerSecret: ((value: string) => void) | undefined;

  constructor(network: ProxySettings, trust: Trust, registerSecret?: (value: string) => void) {
    super({ keepAlive: false });
    this.#network = network;
    this.#trust = trust;
    this.#registerSecret = registerSecret;
  }

  override async connect(_req: ClientRequest, options: AgentConnectOpts) {
    const secure = options.secureEndpoint;
    const target = new URL(`${secure ? 'https' : 'http'}://${options.host ?? 'localhost'}:${options.port}`);
    const route = await resolveProxyRoute(target, this.#network);
    if (route.url) for (const secret of proxyCredentials(route.url)) this.#registerSecret?.(secret);
    return createAgent({ proxy: route.url, serverTls: { secureContext: this.#trust.secureContext, rejectUnauthorized: true } }, secure);
  }
}
