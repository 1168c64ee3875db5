import { headerValue, parseRetryAfter, type HeaderBag } from '../http/retry-after.ts';

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

/** The wait the server asked for, uncapped, in milliseconds; undefined when it named none. */
export function requestedRateLimitWaitMs(headers: HeaderBag, now: Date): number | undefined {
  for (const name of ['x-ratelimit-reset', 'x-rate-limit-reset']) {
    const raw = headerValue(headers, name);
    const ms = raw === undefined ? NaN : Number(raw.trim());
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  return parseRetryAfter(headerValue(headers, 'retry-after'), now);
}

export function rateLimitWaitMs(headers: HeaderBag, now: Date, policy: RetryPolicy): number {
  const requested = requestedRateLimitWaitMs(headers, now) ?? policy.defaultRateLimitWaitMs;
  return Math.min(requested, policy.maxWaitMs);
}

/** `retry` counts from 0: 500 ms, 1 s, 2 s … capped. */
export function serverErrorWaitMs(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.serverBackoffMs * 2 ** retry, policy.maxWaitMs);
}
