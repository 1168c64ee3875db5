import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { Agent as HttpsAgent } from 'node:https';
import { isLoopbackHost } from '../../../shared/net/loopback.ts';
import type { HeaderBag } from '../http/retry-after.ts';
import { realSleep } from '../http/sleep.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { Credentials } from '../secrets/secret-store.ts';
import { isTokenRejection, tokenResponseSchema } from './envelope.ts';
import { classifyNetworkError, type NetworkFailure } from './network-errors.ts';
import { defaultRetryPolicy, rateLimitWaitMs, serverErrorWaitMs, type RetryPolicy } from './retry-policy.ts';

/**
 * The Mimecast API 2.0 client: OAuth client-credentials token (cached until shortly before it expires, one request in
 * flight at a time), JSON data calls with the bearer token, bounded retries for 429 and 5xx, and one token refresh
 * when a data call says the token went stale. It never throws for an HTTP or network problem: callers get an
 * outcome they can explain to the admin.
 */

/** What one call ended with, after any retries. */
export type HttpOutcome =
  | { kind: 'response'; status: number; body: unknown; headers: HeaderBag; retries: number }
  | ({ kind: 'network' } & NetworkFailure);

export type TokenOutcome = { ok: true; accessToken: string } | { ok: false; outcome: HttpOutcome };

/** A data call's outcome; `token-failed` when the token it needed (first or refreshed) could not be had. */
export type DataOutcome = HttpOutcome | { kind: 'token-failed'; outcome: HttpOutcome };

export interface MimecastClientOptions {
  baseUrl: string;
  credentials: Credentials;
  redactor: Redactor;
  /** Per request, connect to last byte. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** DNS resolution override (tests simulate a failed lookup). */
  lookup?: AxiosRequestConfig['lookup'];
  /** CA certificates in PEM to trust instead of Node's bundled roots (tests; a TLS-inspecting proxy). */
  ca?: string;
}

export interface MimecastClient {
  readonly baseUrl: string;
  token(): Promise<TokenOutcome>;
  post(endpoint: string, body: unknown): Promise<DataOutcome>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Refresh this long before `expires_in` runs out, so a call never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;
/** When Mimecast names no lifetime, assume a short one rather than the documented thirty minutes. */
const FALLBACK_LIFETIME_S = 300;
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

export function createMimecastClient(options: MimecastClientOptions): MimecastClient {
  const { baseUrl, credentials, redactor } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => new Date());
  const host = new URL(baseUrl).host;
  // The secret is registered the moment the client holds it: any text that later leaves the process is masked.
  redactor.register(credentials.clientSecret);

  const http: AxiosInstance = axios.create({
    // Node's http stack in every host (the main process, the CLI, a jsdom test): its TLS checks and error codes.
    adapter: 'http',
    baseURL: baseUrl,
    timeout: timeoutMs,
    // A redirect would resend the form (and the secret) to wherever it points: never follow one.
    maxRedirects: 0,
    maxContentLength: MAX_RESPONSE_BYTES,
    validateStatus: () => true,
    headers: { Accept: 'application/json' },
    // The loopback fake must not be sent through a corporate proxy from the environment.
    ...(isLoopbackHost(new URL(baseUrl).hostname) ? { proxy: false as const } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(options.ca ? { httpsAgent: new HttpsAgent({ ca: options.ca }) } : {}),
  });

  /** Sends one request, retrying 429 (waiting as told, capped) and 5xx (backoff), both bounded. */
  const send = async (config: AxiosRequestConfig): Promise<HttpOutcome> => {
    let rateLimited = 0;
    let serverErrors = 0;
    for (;;) {
      let response;
      try {
        response = await http.request<unknown>(config);
      } catch (error) {
        return { kind: 'network', ...classifyNetworkError(error, host, timeoutMs) };
      }
      const headers = { ...(response.headers as HeaderBag) };
      if (response.status === 429 && rateLimited < policy.rateLimitRetries) {
        rateLimited += 1;
        await sleep(rateLimitWaitMs(headers, now(), policy));
        continue;
      }
      if (response.status >= 500 && serverErrors < policy.serverErrorRetries) {
        await sleep(serverErrorWaitMs(serverErrors, policy));
        serverErrors += 1;
        continue;
      }
      return { kind: 'response', status: response.status, body: response.data, headers, retries: rateLimited + serverErrors };
    }
  };

  let cached: { value: string; renewAt: number } | undefined;
  let inFlight: Promise<TokenOutcome> | undefined;

  const requestToken = async (): Promise<TokenOutcome> => {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      grant_type: 'client_credentials',
    });
    const outcome = await send({
      method: 'POST',
      url: '/oauth/token',
      data: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status >= 300) return { ok: false, outcome };
    const parsed = tokenResponseSchema.safeParse(outcome.body);
    if (!parsed.success) return { ok: false, outcome };
    const accessToken = parsed.data.access_token;
    redactor.register(accessToken);
    const lifetimeMs = (parsed.data.expires_in ?? FALLBACK_LIFETIME_S) * 1000;
    // Short lifetimes keep a proportional margin, so a 2-minute token is not treated as already expired.
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10);
    cached = { value: accessToken, renewAt: now().getTime() + lifetimeMs - margin };
    return { ok: true, accessToken };
  };

  const token = (): Promise<TokenOutcome> => {
    if (cached && now().getTime() < cached.renewAt) return Promise.resolve({ ok: true, accessToken: cached.value });
    // Parallel probes share one token request instead of each asking for their own.
    inFlight ??= requestToken().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  /** Drops a token a data call found stale; a token another call already replaced is kept. */
  const discard = (stale: string): void => {
    if (cached?.value === stale) cached = undefined;
  };

  const postWith = (accessToken: string, endpoint: string, body: unknown): Promise<HttpOutcome> =>
    send({
      method: 'POST',
      url: endpoint,
      data: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    });

  return {
    baseUrl,
    token,
    async post(endpoint, body) {
      const first = await token();
      if (!first.ok) return { kind: 'token-failed', outcome: first.outcome };
      const outcome = await postWith(first.accessToken, endpoint, body);
      if (outcome.kind !== 'response' || outcome.status !== 401 || !isTokenRejection(outcome.body)) return outcome;
      // The token lapsed mid-run: one fresh token, one more try, then the answer stands.
      discard(first.accessToken);
      const fresh = await token();
      if (!fresh.ok) return { kind: 'token-failed', outcome: fresh.outcome };
      return postWith(fresh.accessToken, endpoint, body);
    },
  };
}
