import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler } from '../../../../electron/main/protocol.ts';

function servedRoot() {
  const root = mkdtempSync(join(tmpdir(), 'aw-protocol-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'outside-secret.txt'), 'nope');
  return { root, handle: createAppProtocolHandler(root) };
}

describe('the app:// protocol handler', () => {
  it('serves index.html with the strict CSP header', async () => {
    const { handle } = servedRoot();
    const response = await handle(new Request('app://assistant/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('sends a CSP that allows only our own scripts, no objects, no base, no framing', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "img-src 'self' data: blob:"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves assets with their type and the CSP header', async () => {
    const { handle } = servedRoot();
    const response = await handle(new Request('app://assistant/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://assistant/../outside-secret.txt',
    'app://assistant/%2e%2e/outside-secret.txt',
    'app://assistant/..%2Foutside-secret.txt',
    'app://assistant/missing.js',
    // A malformed escape: decodeURIComponent throws URIError on it; the handler must answer, not throw.
    'app://assistant/%E0%A4%A',
    'app://assistant/assets/%ZZapp.js',
  ])(
    'answers 404 for %s',
    async (url) => {
      const { handle } = servedRoot();
      expect((await handle(new Request(url))).status).toBe(404);
    },
  );
});
