import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { HttpsProxyAgent } from 'https-proxy-agent';

/**
 * The connection agents of the HTTP layer. Through a proxy, https-proxy-agent opens a `CONNECT` tunnel (as browsers
 * and curl do) and TLS to the server runs inside it, so the proxy sees only the host name. The server's certificate
 * is checked against our trusted roots in both cases.
 */

/** The status each request's `CONNECT` got from the proxy; a non-200 one is the proxy talking, not the server. */
const tunnelAnswers = new WeakMap<object, number>();

/** The proxy's answer to the tunnel request of this ClientRequest (axios' `response.request`), if it went through one. */
export function tunnelAnswerOf(request: unknown): number | undefined {
  return request && typeof request === 'object' ? tunnelAnswers.get(request) : undefined;
}

type ConnectOptions = Parameters<HttpsProxyAgent<string>['connect']>[1];

/**
 * https-proxy-agent with our TLS settings for the server behind the tunnel (its own options go to the proxy). The
 * request's abort signal goes to the socket it opens to the proxy: that socket belongs to no request until the
 * proxy answers `CONNECT`, so a proxy that never answers would otherwise keep it — and the process — alive for ever.
 */
class TunnelAgent extends HttpsProxyAgent<string> {
  readonly #serverTls: ConnectionOptions;

  constructor(proxy: URL, serverTls: ConnectionOptions, signal: AbortSignal | undefined) {
    // An https:// proxy is itself checked against the same roots.
    super(proxy.href, { ...serverTls, keepAlive: false, ...(signal ? { signal } : {}) });
    this.#serverTls = serverTls;
  }

  override async connect(req: ClientRequest, opts: ConnectOptions) {
    req.once('proxyConnect', (answer: { statusCode?: number }) => {
      if (typeof answer.statusCode === 'number') tunnelAnswers.set(req, answer.statusCode);
    });
    return super.connect(req, { ...opts, ...this.#serverTls });
  }
}

export interface AgentChoice {
  /** The proxy, or null for a direct connection. */
  proxy: URL | null;
  serverTls: ConnectionOptions;
  /** Name resolution for direct connections (tests); through a proxy, the proxy resolves the name. */
  lookup?: LookupFunction | undefined;
  /** Destroys every socket the agent opens (its request's deadline or cancellation), whatever state it is in. */
  signal?: AbortSignal | undefined;
}

/**
 * The agent for ONE request (the caller destroys it when the request is over); `secure` is the target's scheme
 * (plain http only ever goes direct, to loopback).
 */
export function createAgent({ proxy, serverTls, lookup, signal }: AgentChoice, secure = true): HttpAgent {
  if (proxy) return new TunnelAgent(proxy, serverTls, signal);
  const common = { keepAlive: false, ...(lookup ? { lookup } : {}) };
  return secure ? new HttpsAgent({ ...serverTls, ...common }) : new HttpAgent(common);
}
