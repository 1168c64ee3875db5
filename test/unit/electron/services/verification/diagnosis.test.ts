import { describe, expect, it } from 'vitest';
import { checkResult, tokenFailure } from '../../../../../electron/services/verification/diagnosis.ts';
import type { HttpOutcome } from '../../../../../electron/services/mimecast/mimecast-client.ts';

// Answers the fake API has no reason to produce (odd statuses, foreign servers), explained all the same.
const now = new Date('2026-11-25T10:00:00Z');
const base = 'https://gateway.example.com';
const response = (status: number, body: unknown = {}, headers: Record<string, string> = {}): HttpOutcome => ({ kind: 'response', status, body, headers, retries: 2 });

describe('tokenFailure', () => {
  it('reads 400 invalid_client as wrong credentials, like 401', () => {
    expect(tokenFailure(response(400, { error: 'invalid_client' }), base, now)).toMatchObject({ status: 400, code: 'invalid-credentials' });
  });

  it('a 404 or a redirect means the base URL is not an API 2.0 gateway', () => {
    for (const status of [404, 302]) {
      const result = tokenFailure(response(status), base, now);
      expect(result).toMatchObject({ ok: false, status, code: 'unexpected-status' });
      expect(result.message).toContain(`${base}/oauth/token`);
    }
  });

  it('a 200 without an access token is an unexpected response', () => {
    expect(tokenFailure(response(200, '<html>portal</html>'), base, now)).toMatchObject({ code: 'unexpected-response' });
  });

  it('a rate-limited token request says how long Mimecast asked to wait', () => {
    const result = tokenFailure(response(429, {}, { 'Retry-After': '30' }), base, now);
    expect(result).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(result.message).toContain('Wait about 30 seconds');
  });

  it('another refusal keeps the server’s code and message', () => {
    const result = tokenFailure(response(403, { fail: [{ code: 'ip_not_allowed', message: 'Source address not permitted' }] }), base, now);
    expect(result).toMatchObject({ code: 'ip_not_allowed', status: 403 });
    expect(result.message).toContain('Source address not permitted');
  });
});

describe('checkResult', () => {
  it('a 200 that is not a Mimecast envelope is reported, not trusted', () => {
    expect(checkResult('audit-events', response(200, '<html></html>'), base, now)).toMatchObject({ ok: false, code: 'unexpected-response' });
  });

  it('a token that could not be renewed mid-run points at the keys', () => {
    const result = checkResult('url-protection', { kind: 'token-failed', outcome: response(401) }, base, now);
    expect(result).toMatchObject({ ok: false, status: 401, code: 'invalid-credentials', fixStep: 'capture-keys' });
  });

  it('an unexpected 4xx keeps the status and the server’s words', () => {
    const result = checkResult('audit-events', response(418, { fail: [{ errors: [{ message: 'Teapot' }] }] }), base, now);
    expect(result).toMatchObject({ ok: false, status: 418, code: 'unexpected-status' });
    expect(result.message).toContain('Teapot');
  });
});

describe('403 and 429 wording', () => {
  it('a 403 names the console permission and both places to fix it: the role and the application’s Products', () => {
    const result = checkResult('url-protection', response(403, {}), base, now);
    expect(result).toMatchObject({ ok: false, status: 403, permission: 'Monitoring Menu > URL Protection > Read', fixStep: 'create-role' });
    expect(result.message).toContain('“Monitoring Menu > URL Protection > Read”');
    expect(result.message).toMatch(/role/);
    expect(result.message).toMatch(/Products/);
    expect(result.hint).toMatch(/Admin Roles/);
    expect(result.hint).toMatch(/Products/);
  });

  it('keeps a 429 body’s detail text, for the token and for a log', () => {
    const body = { type: 'about:blank', title: 'Too Many Requests', detail: 'Quota for get-logs exceeded; resets in 3600 seconds' };
    expect(tokenFailure(response(429, body), base, now).message).toContain('Quota for get-logs exceeded; resets in 3600 seconds');
    expect(checkResult('attachment-protection', response(429, body), base, now).message).toContain('Quota for get-logs exceeded');
  });
});

