import { describe, expect, it } from 'vitest';
import { firstServerError, isTokenRejection } from '../../../../../electron/services/mimecast/envelope.ts';

describe('reading Mimecast error bodies defensively', () => {
  it('finds the first error wherever it was put', () => {
    expect(firstServerError({ fail: [{ key: {}, errors: [{ code: 'a', message: 'A' }, { code: 'b' }] }] })).toEqual({ code: 'a', message: 'A' });
    expect(firstServerError({ fail: [{ code: 'invalid_client', message: 'Bad client' }] })).toEqual({ code: 'invalid_client', message: 'Bad client' });
    expect(firstServerError({ error: { message: 'Nope' } })).toEqual({ message: 'Nope' });
    expect(firstServerError({ error: 'invalid_client', error_description: 'Client authentication failed' })).toEqual({ code: 'invalid_client', message: 'Client authentication failed' });
    expect(firstServerError({ message: 'Plain' })).toEqual({ message: 'Plain' });
    expect(firstServerError('Unauthorized Request')).toEqual({ message: 'Unauthorized Request' });
  });

  it('answers undefined for success envelopes, HTML pages and junk', () => {
    expect(firstServerError({ meta: { status: 200 }, data: [], fail: [] })).toBeUndefined();
    expect(firstServerError('<html><body>Bad gateway</body></html>')).toBeUndefined();
    expect(firstServerError(null)).toBeUndefined();
    expect(firstServerError(42)).toBeUndefined();
  });

  it('recognises every token code the reference lists, and the bare text', () => {
    for (const code of ['token_expired', 'token_verification_failed', 'unauthorized', 'TOKEN_EXPIRED']) {
      expect(isTokenRejection({ fail: [{ errors: [{ code }] }] })).toBe(true);
    }
    expect(isTokenRejection('Unauthorized Request')).toBe(true);
    expect(isTokenRejection({ fail: [{ errors: [{ message: 'Unauthorized Request' }] }] })).toBe(true);
    expect(isTokenRejection({ fail: [{ errors: [{ code: 'forbidden', message: 'no permission' }] }] })).toBe(false);
    expect(isTokenRejection(undefined)).toBe(false);
  });
});
