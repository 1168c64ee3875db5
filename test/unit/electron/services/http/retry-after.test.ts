import { describe, expect, it } from 'vitest';
import { headerValue, parseRetryAfter } from '../../../../../electron/services/http/retry-after.ts';

describe('headerValue', () => {
  it('reads header names case-insensitively', () => {
    expect(headerValue({ 'X-RateLimit-Reset': '5' }, 'x-ratelimit-reset')).toBe('5');
    expect(headerValue({ 'retry-after': ['7'] }, 'Retry-After')).toBe('7');
  });

  it('has nothing for an absent, empty-list or non-text header', () => {
    expect(headerValue({}, 'retry-after')).toBeUndefined();
    expect(headerValue({ 'retry-after': [] }, 'retry-after')).toBeUndefined();
    expect(headerValue({ 'retry-after': { at: 1 } }, 'retry-after')).toBeUndefined();
    expect(headerValue({ 'retry-after': 3 }, 'retry-after')).toBe('3');
  });
});

describe('parseRetryAfter', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('reads a number as seconds, never as a date, and ignores an empty value', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('2026', now)).toBe(2_026_000);
    expect(parseRetryAfter('  ', now)).toBeUndefined();
  });
});
