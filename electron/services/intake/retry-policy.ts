/**
 * The contract's retry rules: 429, 5xx and network errors are retried, 3 attempts in all, with exponential backoff,
 * honouring `Retry-After` (seconds or an HTTP date; read by `../http/retry-after.ts`). Other statuses are final.
 */
export const MAX_ATTEMPTS = 3;
export const BASE_BACKOFF_MS = 1_000;
/** A server asking for a longer wait than this gets an honest "try again after …" instead of a frozen window. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Backoff before attempt `failedAttempt + 1`: 1 s, 2 s, 4 s… */
export function backoffMs(failedAttempt: number): number {
  return BASE_BACKOFF_MS * 2 ** Math.max(0, failedAttempt - 1);
}
