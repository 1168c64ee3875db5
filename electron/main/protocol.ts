import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/** Sent as a response header with every page of the UI (the end-to-end harness sends the same one). */
// electronegativity-ignore: CSP_GLOBAL_CHECK — the policy is sent as a response header by this protocol handler, which the scanner cannot see (test/unit/electron/main/protocol.test.ts, test/e2e/shell.spec.ts)
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const securityHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

/**
 * Serves the built renderer for `app://assistant/…`. Only files inside `rootDir`; `/` is `index.html`;
 * anything else is 404. Written against the web `Request`/`Response` types so it runs under plain Node in tests.
 */
export function createAppProtocolHandler(rootDir: string, read: (path: string) => Promise<Buffer> = readFile) {
  const root = resolve(rootDir);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const pathname = safeDecode(url.pathname === '/' ? '/index.html' : url.pathname);
    // A malformed escape (`%E0%A4%A`) names no file we have: 404, never an exception in the main process.
    if (pathname === undefined) return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    const file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    try {
      const body = await read(file);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(type) });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    }
  };
}

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
