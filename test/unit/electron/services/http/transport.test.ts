import { rmSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkOptions } from '../../../../../electron/services/http/transport.ts';
import { createIntakeClient } from '../../../../../electron/services/intake/intake-client.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { createMimecastClient } from '../../../../../electron/services/mimecast/mimecast-client.ts';
import { startFakeIntake } from '../../../../../testing/fake-intake.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { startDrippingServer, startInspectingProxy, startSilentProxy, startTlsFront, type InspectingProxy } from '../../../../helpers/inspecting-proxy.ts';
import { makeTestCa, type TestCa } from '../../../../helpers/test-ca.ts';

/**
 * The shared HTTP layer, exercised through both clients that use it, against a real CONNECT proxy on loopback that
 * inspects TLS with its own CA and forwards to the loopback fakes. The same scenarios run for the Mimecast client and
 * the intake client.
 */

const MIMECAST_HOST = 'api.services.mimecast.com';
const INTAKE_HOST = 'intake.example.com';
const PROXY_USER = 'svc-onboarding';
const PROXY_PASSWORD = 'pr0xy-P@ss-7731';

const ca = makeTestCa([MIMECAST_HOST, INTAKE_HOST]);
const skipReason = typeof ca === 'string' ? ca : undefined;
if (skipReason) console.warn(`[skipped] proxy and trust tests — ${skipReason}`);

/** Points every name at loopback, for the direct (NO_PROXY) route; through a proxy the proxy resolves names. */
const toLoopback = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as unknown as LookupFunction;

interface CallResult {
  ok: boolean;
  code: string | null;
  status: number | null;
  message: string;
}

interface ClientUnderTest {
  name: string;
  host: string;
  start(): Promise<{ port: number; reached(): number; close(): Promise<void> }>;
  /** One call to `origin`; `secrets` collects what the client registered for masking. */
  call(origin: string, options: { network?: NetworkOptions; timeoutMs?: number; secrets: Set<string> }): Promise<CallResult>;
}

const INTAKE_TOKEN = 'intake-token-6f1c2b9e';

const mimecast: ClientUnderTest = {
  name: 'Mimecast client',
  host: MIMECAST_HOST,
  async start() {
    const fake = await startFakeMimecast();
    return { port: Number(new URL(fake.baseUrl).port), reached: () => fake.requests.length, close: () => fake.close() };
  },
  async call(origin, { network, timeoutMs, secrets }) {
    const redactor = createRedactor();
    const register = redactor.register.bind(redactor);
    redactor.register = (value) => {
      secrets.add(value);
      register(value);
    };
    const client = createMimecastClient({
      baseUrl: origin,
      credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
      redactor,
      sleep: () => Promise.resolve(),
      lookup: toLoopback,
      ...(network ? { network } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const token = await client.token();
    if (token.ok) return { ok: true, code: null, status: 200, message: '' };
    const { outcome } = token;
    return outcome.kind === 'network'
      ? { ok: false, code: outcome.code, status: outcome.status, message: outcome.message }
      : { ok: false, code: null, status: outcome.status, message: JSON.stringify(outcome.body) };
  },
};

const intake: ClientUnderTest = {
  name: 'intake client',
  host: INTAKE_HOST,
  async start() {
    const fake = await startFakeIntake({ token: INTAKE_TOKEN });
    return { port: Number(new URL(fake.url).port), reached: () => fake.requests.length, close: () => fake.close() };
  },
  async call(origin, { network, timeoutMs, secrets }) {
    const client = createIntakeClient({
      sleep: () => Promise.resolve(),
      lookup: toLoopback,
      registerSecret: (value) => secrets.add(value),
      ...(network ? { network: () => network } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const result = await client.submit({
      url: `${origin}/intake/mimecast`,
      token: INTAKE_TOKEN,
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
      body: { vendor: 'mimecast', apiVersion: '2.0', accountName: 'A', baseUrl: 'https://api.services.mimecast.com', clientId: 'id-123456', clientSecret: 'secret-123456', credentialExpiry: null },
    });
    return { ok: result.ok, code: result.fault ?? null, status: result.status, message: result.message };
  },
};

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

describe.skipIf(skipReason !== undefined).each([mimecast, intake])('$name through the shared HTTP layer', { timeout: 30_000 }, (client) => {
  const testCa = ca as TestCa;
  let server: Awaited<ReturnType<ClientUnderTest['start']>>;
  let proxy: InspectingProxy;
  let guardedProxy: InspectingProxy;
  let front: { port: number; close(): Promise<void> };
  let origin: string;
  let secrets: Set<string>;

  beforeAll(async () => {
    server = await client.start();
    proxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => server.port });
    guardedProxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => server.port, credentials: { user: PROXY_USER, password: PROXY_PASSWORD } });
    front = await startTlsFront(testCa.server, () => server.port);
    // The direct route reaches the TLS front on this port; through a proxy, the proxy decides where the bytes go.
    origin = `https://${client.host}:${front.port}`;
  });
  afterAll(async () => {
    await Promise.all([server.close(), proxy.close(), guardedProxy.close(), front.close()]);
  });
  beforeEach(() => {
    // A developer's own proxy settings must not decide these tests.
    for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
    proxy.connects.length = 0;
    guardedProxy.connects.length = 0;
    secrets = new Set();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const call = (options: { network?: NetworkOptions; timeoutMs?: number } = {}) => client.call(origin, { ...options, secrets });
  const trusted: NetworkOptions = { caFile: testCa.caFile };

  it.each(['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY'])('goes through the proxy named by %s, tunnelled with CONNECT', async (variable) => {
    vi.stubEnv(variable, proxy.url);
    const before = server.reached();
    const result = await call({ network: trusted });
    expect(result).toMatchObject({ ok: true });
    expect(proxy.connects.map((c) => c.target)).toContain(`${client.host}:${front.port}`);
    expect(server.reached()).toBeGreaterThan(before);
  });

  it('goes through the proxy given explicitly (--proxy, the app setting) with no variable set', async () => {
    const result = await call({ network: { ...trusted, proxy: proxy.url } });
    expect(result).toMatchObject({ ok: true });
    expect(proxy.connects).toHaveLength(1);
  });

  it('goes direct for a host in NO_PROXY, though HTTPS_PROXY is set', async () => {
    vi.stubEnv('HTTPS_PROXY', proxy.url);
    vi.stubEnv('NO_PROXY', `localhost,.example.org,${client.host}`);
    const result = await call({ network: trusted });
    expect(result).toMatchObject({ ok: true });
    expect(proxy.connects).toEqual([]);
  });

  it('honours no_proxy in lower case, with a leading-dot domain', async () => {
    vi.stubEnv('https_proxy', proxy.url);
    vi.stubEnv('no_proxy', `.${client.host.split('.').slice(1).join('.')}`);
    const result = await call({ network: trusted });
    expect(result).toMatchObject({ ok: true });
    expect(proxy.connects).toEqual([]);
  });

  it('sends the proxy credentials from the URL, and registers them as secrets', async () => {
    const withCredentials = `http://${PROXY_USER}:${encodeURIComponent(PROXY_PASSWORD)}@127.0.0.1:${guardedProxy.port}`;
    const result = await call({ network: { ...trusted, proxy: withCredentials } });
    expect(result).toMatchObject({ ok: true });
    expect(guardedProxy.connects[0]?.authorization).toBe(`Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`);
    expect(secrets).toContain(PROXY_PASSWORD);
  });

  it('a 407 says the proxy wants credentials, with the status, and nothing reaches the server', async () => {
    const before = server.reached();
    const result = await call({ network: { ...trusted, proxy: guardedProxy.url } });
    expect(result).toMatchObject({ ok: false, code: 'proxy-auth-required', status: 407 });
    expect(result.message).toContain('The proxy wants credentials (HTTP 407');
    expect(result.message).toContain(`127.0.0.1:${guardedProxy.port}`);
    expect(server.reached()).toBe(before);
  });

  it('wrong proxy credentials are a 407 too, and the password is in no message', async () => {
    const wrong = `http://${PROXY_USER}:not-the-password-99@127.0.0.1:${guardedProxy.port}`;
    const result = await call({ network: { ...trusted, proxy: wrong } });
    expect(result).toMatchObject({ ok: false, code: 'proxy-auth-required', status: 407 });
    expect(result.message).not.toContain('not-the-password-99');
    expect(secrets).toContain('not-the-password-99');
  });

  it('an inspecting proxy whose root is not trusted: the issuer is named, with both ways out, and nothing is sent', async () => {
    const before = server.reached();
    const result = await call({ network: { proxy: proxy.url } });
    expect(result).toMatchObject({ ok: false, code: 'certificate-error', status: null });
    expect(result.message).toContain(`The certificate for ${client.host}:${front.port} was issued by '${testCa.name}', which this computer does not trust`);
    expect(result.message).toMatch(/certificate store/);
    expect(result.message).toMatch(/--ca-file/);
    expect(server.reached()).toBe(before);
  });

  it('trusts the company root from --ca-file (checks stay on: the same call without it fails)', async () => {
    expect(await call({ network: { proxy: proxy.url, caFile: testCa.caFile } })).toMatchObject({ ok: true });
    expect(await call({ network: { proxy: proxy.url } })).toMatchObject({ ok: false, code: 'certificate-error' });
  });

  it('a proxy that is not listening is named as the proxy, not as the server', async () => {
    const result = await call({ network: { ...trusted, proxy: 'http://127.0.0.1:9' } });
    expect(result).toMatchObject({ ok: false, code: 'proxy-unreachable' });
    expect(result.message).toContain('The proxy 127.0.0.1:9 could not be reached');
  });

  it.each([
    ['never answers CONNECT', false],
    ['answers CONNECT, then never finishes the TLS handshake', true],
  ])('a proxy that %s: the deadline ends the call and closes every connection it opened', async (_, answerConnect) => {
    const silent = await startSilentProxy({ answerConnect });
    try {
      const result = await call({ network: { ...trusted, proxy: silent.url }, timeoutMs: 500 });
      expect(result).toMatchObject({ ok: false, code: 'timeout', status: null });
      expect(silent.accepted()).toBeGreaterThan(0);
      // A socket left open here keeps the CLI's process alive after its work is done (this waits; the test's
      // timeout catches a hang).
      await silent.allClosed();
    } finally {
      await silent.close();
    }
  });

  it('a server that drips its answer one byte at a time is cut off by the total deadline', async () => {
    const drip = await startDrippingServer(100);
    try {
      const result = await client.call(`${drip.url}`, { timeoutMs: 600, secrets });
      expect(result).toMatchObject({ ok: false, code: 'timeout', status: null });
      expect(result.message).toContain('did not finish answering within 0.6 seconds');
    } finally {
      await drip.close();
    }
  });
});

afterAll(() => {
  if (typeof ca !== 'string') rmSync(ca.dir, { recursive: true, force: true });
});
