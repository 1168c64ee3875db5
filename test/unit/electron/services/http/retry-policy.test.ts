import { describe, expect, it } from 'vitest';
import { backoffMs, decideRetry, requestedWaitMs, type RetryPolicy } from '../../../../../electron/services/http/retry-policy.ts';

const now = new Date('2026-11-25T10:00:00Z');
const capping: RetryPolicy = { maxAttempts: 3, backoffMs: 500, maxWaitMs: 10_000, longWait: 'cap', retryNetworkFaults: false };
const stopping: RetryPolicy = { maxAttempts: 3, backoffMs: 1_000, maxWaitMs: 60_000, longWait: 'stop', retryNetworkFaults: true };
const response = (status: number, headers: Record<string, string> = {}) => ({ kind: 'response' as const, status, headers });

describe('the shared retry policy', () => {
  it('reads the millisecond reset headers first, then Retry-After in seconds or as a date', () => {
    expect(requestedWaitMs({ 'x-ratelimit-reset': '1200', 'retry-after': '9' }, now)).toBe(1200);
    expect(requestedWaitMs({ 'X-Rate-Limit-Reset': '800' }, now)).toBe(800);
    expect(requestedWaitMs({ 'Retry-After': '2' }, now)).toBe(2000);
    expect(requestedWaitMs({ 'Retry-After': 'Wed, 25 Nov 2026 10:00:04 GMT' }, now)).toBe(4000);
    expect(requestedWaitMs({ 'x-ratelimit-reset': 'soon' }, now)).toBeUndefined();
  });

  it('retries 429 and 5xx only, for as many attempts as the policy allows', () => {
    expect(decideRetry(capping, 1, response(400), now)).toEqual({ retry: false, reason: 'final' });
    expect(decideRetry(capping, 1, response(401), now)).toEqual({ retry: false, reason: 'final' });
    expect(decideRetry(capping, 1, response(429), now)).toEqual({ retry: true, waitMs: 500 });
    expect(decideRetry(capping, 2, response(503), now)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(capping, 3, response(503), now)).toEqual({ retry: false, reason: 'attempts' });
  });

  it('backs off exponentially when the server names no wait', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, stopping))).toEqual([1000, 2000, 4000]);
  });

  it('a long requested wait is capped, or ends the retries, as the policy says', () => {
    expect(decideRetry(capping, 1, response(429, { 'x-ratelimit-reset': '3600000' }), now)).toEqual({ retry: true, waitMs: 10_000 });
    expect(decideRetry(stopping, 1, response(429, { 'retry-after': '600' }), now)).toEqual({ retry: false, reason: 'long-wait', waitMs: 600_000 });
  });

  it('network faults are retried only where the policy says, and never those that retrying cannot mend', () => {
    expect(decideRetry(capping, 1, { kind: 'fault', code: 'connection-reset' }, now)).toEqual({ retry: false, reason: 'final' });
    expect(decideRetry(stopping, 1, { kind: 'fault', code: 'connection-reset' }, now)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(stopping, 1, { kind: 'fault', code: 'certificate-error' }, now)).toEqual({ retry: false, reason: 'final' });
    expect(decideRetry(stopping, 1, { kind: 'fault', code: 'proxy-auth-required' }, now)).toEqual({ retry: false, reason: 'final' });
  });

  it('no retry starts that would end past the caller’s deadline', () => {
    const deadline = now.getTime() + 1_200;
    expect(decideRetry(capping, 1, response(503), now, deadline)).toEqual({ retry: false, reason: 'deadline' });
    expect(decideRetry(capping, 1, response(503), now, now.getTime() + 5_000)).toEqual({ retry: true, waitMs: 500 });
  });
});
