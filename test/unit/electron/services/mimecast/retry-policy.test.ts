import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, rateLimitWaitMs, requestedRateLimitWaitMs, serverErrorWaitMs } from '../../../../../electron/services/mimecast/retry-policy.ts';

const now = new Date('2026-11-25T10:00:00Z');

describe('retry policy', () => {
  it('prefers the millisecond reset headers, then Retry-After in seconds or as a date', () => {
    expect(requestedRateLimitWaitMs({ 'x-ratelimit-reset': '1200', 'retry-after': '9' }, now)).toBe(1200);
    expect(requestedRateLimitWaitMs({ 'X-Rate-Limit-Reset': '800' }, now)).toBe(800);
    expect(requestedRateLimitWaitMs({ 'Retry-After': '2' }, now)).toBe(2000);
    expect(requestedRateLimitWaitMs({ 'Retry-After': 'Wed, 25 Nov 2026 10:00:04 GMT' }, now)).toBe(4000);
    expect(requestedRateLimitWaitMs({ 'x-ratelimit-reset': 'soon' }, now)).toBeUndefined();
  });

  it('caps every wait and falls back to a default when no header says how long', () => {
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': '3600000' }, now, defaultRetryPolicy)).toBe(10_000);
    expect(rateLimitWaitMs({}, now, defaultRetryPolicy)).toBe(1_000);
  });

  it('backs off exponentially on 5xx, capped', () => {
    expect([0, 1, 2, 10].map((n) => serverErrorWaitMs(n, defaultRetryPolicy))).toEqual([500, 1000, 2000, 10_000]);
  });
});
