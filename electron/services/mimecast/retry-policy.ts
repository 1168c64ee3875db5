/**
 * How long to wait before retrying a throttled or failing call. Mimecast states its rate-limit reset in milliseconds
 * (`X-RateLimit-Reset`; one source spells it `X-Rate-Limit-Reset`); `Retry-After` (seconds) is honoured too.
 * Every wait is capped so a verification never stalls for minutes.
 */
export interface RetryPolicy {
  /** Retries after a 429 (so attempts = retries + 1). */
  rateLimitRetries: number;
  /** Retries after a 5xx. */
  serverErrorRetries: number;
  /** Upper bound of any single wait. */
  maxWaitMs: number;
  /** First 5xx backoff; doubles each time. */
  serverBackoffMs: number;
  /** Wait after a 429 that names no reset time. */
  defaultRateLimitWaitMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  rateLimitRetries: 2,
  serverErrorRetries: 2,
  maxWaitMs: 10_000,
  serverBackoffMs: 500,
  defaultRateLimitWaitMs: 1_000,
};

export type HeaderBag = Record<string, unknown>;

/** Header lookup ignoring case: servers and proxies spell names freely. */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return undefined;
  }
  return undefined;
}

/** The wait the server asked for, uncapped, in milliseconds; undefined when it named none. */
export function requestedRateLimitWaitMs(headers: HeaderBag, now: Date): number | undefined {
  for (const name of ['x-ratelimit-reset', 'x-rate-limit-reset']) {
    const raw = headerValue(headers, name);
    const ms = raw === undefined ? NaN : Number(raw.trim());
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const retryAfter = headerValue(headers, 'retry-after')?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now.getTime());
  }
  return undefined;
}

export function rateLimitWaitMs(headers: HeaderBag, now: Date, policy: RetryPolicy): number {
  const requested = requestedRateLimitWaitMs(headers, now) ?? policy.defaultRateLimitWaitMs;
  return Math.min(requested, policy.maxWaitMs);
}

/** `retry` counts from 0: 500 ms, 1 s, 2 s … capped. */
export function serverErrorWaitMs(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.serverBackoffMs * 2 ** retry, policy.maxWaitMs);
}
