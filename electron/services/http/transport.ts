import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';
import type { LookupFunction } from 'node:net';
import { AppError } from '../../../shared/errors.ts';
import { createAgent, tunnelAnswerOf } from './agents.ts';
import { presentedIssuer } from './certificate-issuer.ts';
import { deadlineMessage, describeFault, proxyStatusMessage, untrustedIssuerMessage, UNTRUSTED_CHAIN_CODES, type DescribedFault } from './fault-messages.ts';
import { classifyFault } from './network-fault.ts';
import { proxyCredentials, proxyLabel, resolveProxyRoute, type ProxyRoute, type ProxySettings } from './proxy.ts';
import type { HeaderBag } from './retry-after.ts';
import { loadTrust, type Trust } from './trust.ts';

/**
 * The one outgoing HTTP layer (the Mimecast client and the intake client both send through it). Per request:
 * - the secret-safe settings: Node's own HTTP stack, redirects never followed (a redirect would resend the secret
 *   elsewhere), a cap on the response size, statuses left to the caller;
 * - a TOTAL deadline from the first byte sent to the last byte received (an idle timeout lets a server that drips
 *   one byte every two seconds hold a call forever), never past the caller's overall deadline;
 * - the proxy (`CONNECT` tunnel) and the trusted roots (`proxy.ts`, `trust.ts`);
 * - every failure turned into one of the shared fault codes with a sentence the admin can act on.
 * It never throws for a network problem.
 */

/** Where the admin's network settings come from: `--proxy`/`--ca-file` in the CLI, the Network settings in the app. */
export interface NetworkOptions extends ProxySettings {
  /** A PEM bundle to trust besides the system store and the bundled roots. */
  caFile?: string | undefined;
}

export interface TransportOptions {
  network?: NetworkOptions | undefined;
  /** The server as the admin knows it, for messages: "Mimecast", "the intake". */
  server: string;
  /** Longest time one request may take, connection to last byte. */
  requestDeadlineMs: number;
  /** Epoch ms by which everything this transport sends must be done (one whole verification). */
  deadlineAt?: number | undefined;
  maxResponseBytes: number;
  /** `json` parses JSON answers (a body that is not JSON stays a string); `text` keeps the body as sent. */
  responseType: 'json' | 'text';
  /** Called with each proxy user name and password the moment the transport holds them (the Redactor's register). */
  registerSecret?: ((value: string) => void) | undefined;
  /** Name resolution for direct connections (tests simulate a failed lookup or point a name at loopback). */
  lookup?: LookupFunction | undefined;
  now?: (() => Date) | undefined;
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  data?: string;
  headers?: Record<string, string>;
}

export type TransportOutcome =
  | { kind: 'response'; status: number; data: unknown; headers: HeaderBag }
  /** `status` is the proxy's, when the proxy refused the tunnel (407, 403, 502…). */
  | { kind: 'fault'; fault: DescribedFault & { status: number | null } };

export interface Transport {
  request(request: TransportRequest): Promise<TransportOutcome>;
  /** The route a request to `url` takes (for the app's Network section). */
  route(url: URL): Promise<ProxyRoute>;
  readonly trust: Trust;
}

export function createTransport(options: TransportOptions): Transport {
  const network = options.network ?? {};
  const now = options.now ?? (() => new Date());
  // Read once: a bad CA file is an input error the caller reports before anything is sent.
  const trust = loadTrust(network.caFile);
  const serverTls = { secureContext: trust.secureContext, rejectUnauthorized: true };
  const routes = new Map<string, Promise<ProxyRoute>>();

  const http: AxiosInstance = axios.create({
    // Node's http stack in every host (the main process, the CLI, a jsdom test): its TLS checks and error codes.
    adapter: 'http',
    maxRedirects: 0,
    maxContentLength: options.maxResponseBytes,
    validateStatus: () => true,
    // Proxies are ours to choose (axios' own proxy option cannot tunnel https); never axios' reading of the env.
    proxy: false,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
  });

  const route = (url: URL): Promise<ProxyRoute> => {
    let found = routes.get(url.origin);
    if (!found) {
      found = resolveProxyRoute(url, network);
      routes.set(url.origin, found);
    }
    return found;
  };

  const fault = (described: DescribedFault, status: number | null = null): TransportOutcome => ({ kind: 'fault', fault: { ...described, status } });

  const parse = (text: unknown): unknown => {
    if (options.responseType === 'text' || typeof text !== 'string' || text === '') return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };

  return {
    trust,
    route,
    async request({ method, url: raw, data, headers }) {
      const url = new URL(raw);
      let chosen: ProxyRoute;
      try {
        chosen = await route(url);
      } catch (error) {
        // A malformed proxy in the environment or from the OS: nothing was sent.
        const message = error instanceof AppError ? error.message : 'The proxy setting could not be read.';
        return fault({ code: 'proxy-unreachable', message });
      }
      if (chosen.url) for (const secret of proxyCredentials(chosen.url)) options.registerSecret?.(secret);
      const context = { server: options.server, host: url.host, proxy: chosen.url ? proxyLabel(chosen.url) : undefined };

      const left = options.deadlineAt === undefined ? Infinity : options.deadlineAt - now().getTime();
      const budgetMs = Math.min(options.requestDeadlineMs, left);
      if (budgetMs <= 0) return fault(deadlineMessage(context, 0));
      const controller = new AbortController();
      let expired = false;
      const timer = setTimeout(() => {
        expired = true;
        controller.abort();
      }, budgetMs);
      // An agent per request, bound to its deadline and destroyed when it is over: no socket outlives its request,
      // on any path (an answer, a fault, a proxy that never answers CONNECT), so nothing keeps the process alive.
      const agent = createAgent({ proxy: chosen.url, serverTls, lookup: options.lookup, signal: controller.signal }, url.protocol === 'https:');
      try {
        const response = await http.request<string>({
          method,
          url: url.href,
          ...(data !== undefined ? { data } : {}),
          headers: { Accept: 'application/json', ...headers },
          httpAgent: agent,
          httpsAgent: agent,
          signal: controller.signal,
          ...(options.lookup && !chosen.url ? { lookup: options.lookup as AxiosRequestConfig['lookup'] } : {}),
        });
        const tunnel = tunnelAnswerOf(response.request);
        if (tunnel !== undefined && tunnel !== 200) return fault(proxyStatusMessage(context, tunnel), tunnel);
        return { kind: 'response', status: response.status, data: parse(response.data), headers: { ...(response.headers as HeaderBag) } };
      } catch (error) {
        if (expired) return fault(deadlineMessage(context, budgetMs / 1000));
        const classified = classifyFault(error);
        if (classified.kind === 'certificate' && (classified.code === undefined || UNTRUSTED_CHAIN_CODES.has(classified.code))) {
          const probeMs = Math.min(5_000, (options.deadlineAt ?? Infinity) - now().getTime());
          const issuer = probeMs > 0 ? await presentedIssuer(url, { proxy: chosen.url, lookup: options.lookup }, probeMs) : undefined;
          return fault({ code: 'certificate-error', message: untrustedIssuerMessage(url.host, issuer, classified.code) });
        }
        return fault(describeFault(classified.kind, { ...context, code: classified.code }));
      } finally {
        clearTimeout(timer);
        agent.destroy();
      }
    },
  };
}
