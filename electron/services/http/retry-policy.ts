import type { NetworkFaultCode } from '../../../shared/net/network-faults.ts';
import { headerValue, parseRetryAfter, type HeaderBag } from './retry-after.ts';

/**
 * The one retry policy of every outgoing call: 429 and 5xx are retried (network faults too, where the client says
 * so), a bounded number of attempts, waiting as long as the server asks (rate-limit reset or `Retry-After`) or with
 * exponential backoff. A wait longer than `maxWaitMs` is either capped or ends the retries (then the caller says
 * when to try again). A wait that would run past the caller's overall deadline ends them too.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff when the server names no wait; doubles each time. */
  backoffMs: number;
  /** The longest single wait. */
  maxWaitMs: number;
  /** A server asking for more than `maxWaitMs`: wait `maxWaitMs` anyway (`cap`) or stop retrying (`stop`). */
  longWait: 'cap' | 'stop';
  /** Retry when no HTTP answer came at all (reset, timeout…). */
  retryNetworkFaults: boolean;
}

/** What happened on one attempt, as far as retrying cares. */
export type AttemptResult = { kind: 'response'; status: number; headers: HeaderBag } | { kind: 'fault'; code: NetworkFaultCode };

/** Faults that come from configuration, not chance: the same attempt would fail the same way. */
const LASTING_FAULTS: ReadonlySet<NetworkFaultCode> = new Set(['certificate-error', 'tls-error', 'proxy-auth-required']);

export type RetryDecision =
  | { retry: true; waitMs: number }
  | { retry: false; reason: 'final' | 'attempts' | 'deadline' }
  /** The server asked for a longer wait than the policy allows; `waitMs` is what it asked. */
  | { retry: false; reason: 'long-wait'; waitMs: number };

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * The wait a server asked for, uncapped, in milliseconds; undefined when it named none. Mimecast states its
 * rate-limit reset in milliseconds (`X-RateLimit-Reset`; one source spells it `X-Rate-Limit-Reset`); `Retry-After`
 * (seconds or an HTTP date) is the standard.
 */
export function requestedWaitMs(headers: HeaderBag, now: Date): number | undefined {
  for (const name of ['x-ratelimit-reset', 'x-rate-limit-reset']) {
    const raw = headerValue(headers, name);
    const ms = raw === undefined ? NaN : Number(raw.trim());
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  return parseRetryAfter(headerValue(headers, 'retry-after'), now);
}

/** Backoff after failed attempt `attempt` (from 1): base, 2×base, 4×base… */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'backoffMs'>): number {
  return policy.backoffMs * 2 ** Math.max(0, attempt - 1);
}

/** Less than this left before the deadline is not worth another attempt. */
const MIN_ATTEMPT_MS = 1_000;

/**
 * Whether to try again after attempt number `attempt` (from 1), and after how long. `deadlineAt` (epoch ms) is the
 * caller's overall end: no retry starts that could not get `MIN_ATTEMPT_MS` of its own before it.
 */
export function decideRetry(policy: RetryPolicy, attempt: number, result: AttemptResult, now: Date, deadlineAt?: number): RetryDecision {
  if (result.kind === 'response' && !isRetryableStatus(result.status)) return { retry: false, reason: 'final' };
  if (result.kind === 'fault' && (!policy.retryNetworkFaults || LASTING_FAULTS.has(result.code))) return { retry: false, reason: 'final' };
  if (attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts' };
  const asked = result.kind === 'response' ? requestedWaitMs(result.headers, now) : undefined;
  let waitMs = asked ?? backoffMs(attempt, policy);
  if (waitMs > policy.maxWaitMs) {
    if (policy.longWait === 'stop' && asked !== undefined) return { retry: false, reason: 'long-wait', waitMs: asked };
    waitMs = policy.maxWaitMs;
  }
  if (deadlineAt !== undefined && now.getTime() + waitMs + MIN_ATTEMPT_MS > deadlineAt) return { retry: false, reason: 'deadline' };
  return { retry: true, waitMs };
}

/** The real wait between retries; the clients take a `sleep` option so tests record waits instead of sleeping. */
export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
