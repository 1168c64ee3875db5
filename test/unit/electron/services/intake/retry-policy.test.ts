import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryableStatus } from '../../../../../electron/services/intake/retry-policy.ts';

describe('retry policy', () => {
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422, 301].some(isRetryableStatus)).toBe(false);
  });

  it('backs off exponentially', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([1000, 2000, 4000]);
  });
});
