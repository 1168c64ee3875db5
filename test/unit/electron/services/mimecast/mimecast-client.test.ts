import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { createMimecastClient } from '../../../../../electron/services/mimecast/mimecast-client.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';

let fake: FakeMimecast | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-11-25T10:00:00Z')) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

async function client(expiresIn = 1799) {
  fake = await startFakeMimecast({ expiresIn });
  const clock = manualClock();
  const redactor = createRedactor();
  const api = createMimecastClient({
    baseUrl: fake.baseUrl,
    credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
    redactor,
    now: clock.now,
    sleep: () => Promise.resolve(),
  });
  return { api, clock, redactor, fake };
}

describe('createMimecastClient token handling', () => {
  it('caches the token until shortly before expires_in, then fetches a new one', async () => {
    const { api, clock, fake: server } = await client(1799);
    const first = await api.token();
    clock.advance(1799_000 - 61_000);
    const second = await api.token();
    expect(second).toEqual(first);
    expect(server.tokensIssued).toHaveLength(1);
    clock.advance(2_000);
    const third = await api.token();
    expect(third.ok && first.ok && third.accessToken !== first.accessToken).toBe(true);
    expect(server.tokensIssued).toHaveLength(2);
  });

  it('keeps a proportional margin for short-lived tokens', async () => {
    const { api, clock, fake: server } = await client(120);
    await api.token();
    clock.advance(100_000);
    await api.token();
    expect(server.tokensIssued).toHaveLength(1);
    clock.advance(10_000);
    await api.token();
    expect(server.tokensIssued).toHaveLength(2);
  });

  it('shares one token request between callers that ask at the same time', async () => {
    const { api, fake: server } = await client();
    const results = await Promise.all([api.token(), api.token(), api.token()]);
    expect(new Set(results.map((r) => (r.ok ? r.accessToken : '')))).toHaveProperty('size', 1);
    expect(server.tokensIssued).toHaveLength(1);
  });

  it('registers the secret and each token with the redactor as they arrive', async () => {
    const { api, redactor } = await client();
    const token = await api.token();
    expect(token.ok).toBe(true);
    if (!token.ok) return;
    expect(redactor.redact(`${FAKE_CLIENT_SECRET} ${token.accessToken}`)).toBe('[redacted] [redacted]');
  });

  it('sends exactly the three form fields, form-encoded, and no scope', async () => {
    const { api, fake: server } = await client();
    await api.token();
    const request = server.requests[0]!;
    expect(request.contentType).toBe('application/x-www-form-urlencoded');
    expect([...new URLSearchParams(request.body).keys()].sort()).toEqual(['client_id', 'client_secret', 'grant_type']);
    expect(server.violations).toEqual([]);
  });

  it('does not follow redirects (a redirect would resend the secret elsewhere)', async () => {
    const { createServer } = await import('node:http');
    let followed = 0;
    const target = createServer((_req, res) => {
      followed += 1;
      res.end('{}');
    });
    const redirector = createServer((_req, res) => {
      res.writeHead(307, { Location: `http://127.0.0.1:${(target.address() as { port: number }).port}/oauth/token` });
      res.end();
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
    try {
      const api = createMimecastClient({
        baseUrl: `http://127.0.0.1:${(redirector.address() as { port: number }).port}`,
        credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
        redactor: createRedactor(),
      });
      const token = await api.token();
      expect(token.ok).toBe(false);
      expect(!token.ok && token.outcome.kind === 'response' && token.outcome.status).toBe(307);
      expect(followed).toBe(0);
    } finally {
      target.close();
      redirector.close();
    }
  });
});
