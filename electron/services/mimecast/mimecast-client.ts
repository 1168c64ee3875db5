import type { NetworkFaultCode } from '../../../shared/net/network-faults.ts';
import type { HeaderBag } from '../http/retry-after.ts';
import { decideRetry, realSleep, type RetryPolicy } from '../http/retry-policy.ts';
import { createTransport, type NetworkOptions, type TransportOptions } from '../http/transport.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { Credentials } from '../secrets/secret-store.ts';
import { isPlausibleAccessToken, isTokenRejection, tokenResponseSchema } from './envelope.ts';
import { probeCatalogue } from '../../../shared/verification/checks.ts';

/**
 * The Mimecast API 2.0 client: OAuth client-credentials token (cached until shortly before it expires, one request in
 * flight at a time), JSON data calls with the bearer token, and one token refresh when a data call says the token
 * went stale. Transport (proxy, trust, deadlines, fault names) and retries are the shared HTTP layer's
 * (`../http/`). It never throws for an HTTP or network problem: callers get an outcome they can explain to the admin.
 */

/** What one call ended with, after any retries. */
export type HttpOutcome =
  | { kind: 'response'; status: number; body: unknown; headers: HeaderBag; retries: number }
  | { kind: 'network'; code: NetworkFaultCode; message: string; status: number | null };

export type TokenOutcome = { ok: true; accessToken: string } | { ok: false; outcome: HttpOutcome };

/** A data call's outcome; `token-failed` when the token it needed (first or refreshed) could not be had. */
export type DataOutcome = HttpOutcome | { kind: 'token-failed'; outcome: HttpOutcome };

export interface MimecastClientOptions {
  baseUrl: string;
  credentials: Credentials;
  redactor: Redactor;
  /** Per request, connect to last byte (a total deadline, not an idle timeout). */
  timeoutMs?: number;
  /** Epoch ms by which every call of this client must be done, retries included (one verification's budget). */
  deadlineAt?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** DNS resolution override (tests simulate a failed lookup). */
  lookup?: TransportOptions['lookup'];
  /** Proxy and extra trusted roots (`--proxy`, `--ca-file`, the app's Network settings). */
  network?: NetworkOptions;
}

export interface MimecastClient {
  readonly baseUrl: string;
  token(): Promise<TokenOutcome>;
  post(endpoint: string, body: unknown): Promise<DataOutcome>;
}

/**
 * Whether the token a gateway issued may be used and registered (`isPlausibleAccessToken`): judged against what the
 * product itself shows about that gateway — its address and every path called on it.
 */
export const isUsableToken = (token: string, baseUrl: string): boolean =>
  isPlausibleAccessToken(token, [baseUrl, '/oauth/token', ...probeCatalogue.map((probe) => probe.endpoint)]);

const DEFAULT_TIMEOUT_MS = 15_000;
/** Refresh this long before `expires_in` runs out, so a call never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;
/** When Mimecast names no lifetime, assume a short one rather than the documented thirty minutes. */
const FALLBACK_LIFETIME_S = 300;
const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/** Mimecast's answers: up to three attempts for 429 and 5xx, as long as it asks (capped at 10 s), never a network retry
 *  (the verification reports what happened; a retry of a timeout would double the wait). */
const mimecastRetryPolicy: RetryPolicy = { maxAttempts: 3, backoffMs: 500, maxWaitMs: 10_000, longWait: 'cap', retryNetworkFaults: false };

export function createMimecastClient(options: MimecastClientOptions): MimecastClient {
  const { baseUrl, credentials, redactor } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...mimecastRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => new Date());
  // The secret is registered the moment the client holds it: any text that later leaves the process is masked.
  redactor.register(credentials.clientSecret);
  redactor.registerPair(credentials.clientId, credentials.clientSecret);

  const transport = createTransport({
    network: options.network,
    server: 'Mimecast',
    requestDeadlineMs: timeoutMs,
    deadlineAt: options.deadlineAt,
    maxResponseBytes: MAX_RESPONSE_BYTES,
    responseType: 'json',
    registerSecret: (value) => redactor.register(value),
    lookup: options.lookup,
    now,
  });

  /** Sends one request, retrying 429 and 5xx as the shared policy says, within the run's deadline. */
  const send = async (request: { url: string; data: string; headers: Record<string, string> }): Promise<HttpOutcome> => {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await transport.request({ method: 'POST', url: `${baseUrl}${request.url}`, data: request.data, headers: request.headers });
      if (outcome.kind === 'fault') return { kind: 'network', ...outcome.fault };
      const { status, data: body, headers } = outcome;
      const decision = decideRetry(policy, attempt, { kind: 'response', status, headers }, now(), options.deadlineAt);
      // Whatever the server says is cleaned and redacted as it arrives, before any of it is read, cut short, stored or
      // shown: escape sequences would reach the admin's terminal, and a server that echoes the token request (in
      // capitals, or with zero-width characters between its letters) would put pieces of the secret into messages.
      if (!decision.retry) return { kind: 'response', status, body: redactor.redactServerBody(body), headers, retries: attempt - 1 };
      await sleep(decision.waitMs);
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
      url: '/oauth/token',
      data: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status >= 300) return { ok: false, outcome };
    const parsed = tokenResponseSchema.safeParse(outcome.body);
    if (!parsed.success) return { ok: false, outcome };
    const accessToken = parsed.data.access_token;
    // A token too plain to be real is neither used nor registered: registered, it would rewrite plain text.
    if (!isUsableToken(accessToken, baseUrl)) return { ok: false, outcome };
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
