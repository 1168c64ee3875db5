import { describe, expect, it } from 'vitest';
import { failErrors, firstServerError, isTokenRejection } from '../../../../../electron/services/mimecast/envelope.ts';

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

  it('gives code and message cleaned for showing: no escape sequence or control character, a sane length', () => {
    const hostile = { fail: [{ errors: [{ code: `forbidden\u001b]0;title\u0007`, message: `\u001b[2J\u001b]52;c;Y3VybA==\u0007Denied\u009b31m${'x'.repeat(2_000)}` }] }] };
    const error = firstServerError(hostile)!;
    expect(error.code).toBe('forbidden');
    expect(error.message!.startsWith('Denied')).toBe(true);
    expect(error.message!.length).toBeLessThanOrEqual(1_001);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(JSON.stringify(failErrors(hostile))).not.toMatch(/[\u0000-\u001f\u007f-\u009f]|\\u00/);
  });
});
