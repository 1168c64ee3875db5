import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIntakeClient, type IntakeProgress } from '../../../../../electron/services/intake/intake-client.ts';
import { startFakeIntake, type FakeIntake } from '../../../../../testing/fake-intake.ts';
import type { IntakeRequestBody } from '../../../../../shared/handoff/intake-contract.ts';

const TOKEN = 'intake-token-6f1c2b9e';
const SECRET = 'client-secret-Zq8!x2v@w';
const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';
const body: IntakeRequestBody = {
  vendor: 'mimecast',
  apiVersion: '2.0',
  accountName: 'Mimecast – Contoso (Global)',
  baseUrl: 'https://api.services.mimecast.com',
  clientId: 'client-id-1234abcd',
  clientSecret: SECRET,
  credentialExpiry: '2027-06-30',
};

/** Records the waits instead of sleeping, so tests are instant and can assert the backoff. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

let intake: FakeIntake;
beforeEach(async () => {
  intake = await startFakeIntake({ token: TOKEN });
});
afterEach(async () => {
  await intake.close();
});

describe('intake client through the real axios client', () => {
  it('sends exactly the contract: POST, bearer, JSON, idempotency key, body', async () => {
    const client = createIntakeClient({ sleep: recordingSleep().sleep });
    const result = await client.submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: true, status: 201, attempts: 1 });
    expect(result.receiptId).toBe(intake.receipts.get(KEY));
    const [request] = intake.requests;
    expect(request?.problem).toBe('');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['idempotency-key']).toBe(KEY);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.rawBody)).toEqual(body);
    expect(Object.keys(JSON.parse(request!.rawBody) as object)).toEqual(['vendor', 'apiVersion', 'accountName', 'baseUrl', 'clientId', 'clientSecret', 'credentialExpiry']);
    expect(result.message).not.toContain(SECRET);
  });

  it('retries a 503 with the same idempotency key and takes the 201 receipt', async () => {
    intake.script({ status: 503, body: { message: 'maintenance' } }, { status: 201, body: { id: 'rcpt-42' } });
    const { sleep, waits } = recordingSleep();
    const progress: IntakeProgress[] = [];
    const result = await createIntakeClient({ sleep }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body }, { onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ ok: true, receiptId: 'rcpt-42', status: 201, attempts: 2 });
    expect(intake.requests.map((r) => r.headers['idempotency-key'])).toEqual([KEY, KEY]);
    expect(waits).toEqual([1000]);
    expect(progress.map((p) => p.phase)).toEqual(['sending', 'waiting', 'sending']);
  });

  it('honours Retry-After on a 429', async () => {
    intake.script({ status: 429, headers: { 'Retry-After': '7' }, body: { message: 'slow down' } });
    const { sleep, waits } = recordingSleep();
    const result = await createIntakeClient({ sleep }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(waits).toEqual([7000]);
  });

  it('honours a Retry-After given as an HTTP date, measured on the injected clock', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    intake.script({ status: 503, headers: { 'Retry-After': new Date(now.getTime() + 12_000).toUTCString() } });
    const { sleep, waits } = recordingSleep();
    await createIntakeClient({ sleep, now: () => now }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(waits).toEqual([12_000]);
  });

  it('stops after three attempts with backoff and says so', async () => {
    intake.script({ status: 500 }, { status: 502 }, { status: 503, body: { message: 'still down' } });
    const { sleep, waits } = recordingSleep();
    const result = await createIntakeClient({ sleep }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 3, receiptId: null });
    expect(waits).toEqual([1000, 2000]);
    expect(result.message).toContain('after 3 attempts');
    expect(result.message).toContain('still down');
  });

  it('does not wait minutes when Retry-After asks for them: it reports when to try again', async () => {
    intake.script({ status: 429, headers: { 'Retry-After': '600' } });
    const { sleep, waits } = recordingSleep();
    const result = await createIntakeClient({ sleep, now: () => new Date('2026-11-25T12:00:00Z') }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 429, attempts: 1 });
    expect(result.message).toContain('2026-11-25T12:10:00.000Z');
    expect(waits).toEqual([]);
  });

  it('fails a 400 at once with the server’s message, redacted', async () => {
    intake.script({ status: 400, body: { message: `accountName already used; clientSecret ${SECRET} rejected` } });
    const { sleep, waits } = recordingSleep();
    const result = await createIntakeClient({ sleep }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 400, attempts: 1 });
    expect(result.message).toContain('accountName already used');
    expect(result.message).not.toContain(SECRET);
    expect(waits).toEqual([]);
  });

  it('a 400 that writes to the terminal or disguises the secret: cleaned, then redacted, then shown', async () => {
    const zeroWidth = [...SECRET].join('\u200b');
    intake.script({ status: 400, body: { message: `\u001b]52;c;Y3VybCBldmlsIHwgc2g=\u0007\u001b[2Jrejected ${zeroWidth} ${SECRET.toUpperCase()}` } });
    const result = await createIntakeClient({ sleep: recordingSleep().sleep }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(result.message).toContain('rejected [redacted]');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(result.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b]|Y3VybC/);
    expect(result.message.toLowerCase()).not.toContain(SECRET.slice(0, 8).toLowerCase());
  });

  it('a receipt id that is the secret with zero-width characters between its letters is not kept', async () => {
    intake.script({ status: 201, body: { id: `rcpt-${[...SECRET].join('\u200b')}` } });
    const result = await createIntakeClient().submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: true, receiptId: KEY });
    expect(result.message).toContain('was not kept');
  });

  it('a receipt id with an escape sequence is not kept either', async () => {
    intake.script({ status: 201, body: { id: 'rcpt-\u001b]0;pwned\u0007-42' } });
    expect(await createIntakeClient().submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body })).toMatchObject({ ok: true, receiptId: KEY });
  });

  it('tells the admin to check the token on a 401', async () => {
    const result = await createIntakeClient().submit({ url: intake.url, token: 'wrong-token-123', idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 401, attempts: 1 });
    expect(result.message).toMatch(/intake token/);
    expect(result.message).not.toContain('wrong-token-123');
  });

  it('uses the idempotency key as the receipt when the 2xx has no id', async () => {
    intake.script({ status: 204 });
    const result = await createIntakeClient().submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: true, receiptId: KEY, status: 204 });
  });

  it('does not follow a redirect with the credentials', async () => {
    intake.script({ status: 307, headers: { Location: 'http://127.0.0.1:9/elsewhere' } });
    const result = await createIntakeClient().submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: 307, attempts: 1 });
    expect(intake.requests).toHaveLength(1);
  });

  it('names a timeout when the intake hangs, and retries it', async () => {
    intake.script({ hang: true }, { hang: true }, { hang: true });
    const { sleep } = recordingSleep();
    const result = await createIntakeClient({ sleep, timeoutMs: 200 }).submit({ url: intake.url, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: null, attempts: 3, fault: 'timeout' });
    expect(result.message).toMatch(/did not finish answering within 0.2 seconds/);
  });

  it('names a refused connection', async () => {
    const port = await closedPort();
    const { sleep } = recordingSleep();
    const result = await createIntakeClient({ sleep }).submit({ url: `http://127.0.0.1:${port}/intake`, token: TOKEN, idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, attempts: 3, fault: 'connection-refused' });
    expect(result.message).toMatch(/refused the connection/);
  });

  it('refuses plain http to a non-loopback host before sending anything', async () => {
    await expect(createIntakeClient().submit({ url: 'http://intake.example.com/x', token: TOKEN, idempotencyKey: KEY, body })).rejects.toMatchObject({ code: 'intake-url-insecure' });
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
