import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { runVerification } from '../../../../../electron/services/verification/run-verification.ts';
import { deadlineMessage, describeFault, proxyStatusMessage, untrustedIssuerMessage } from '../../../../../electron/services/http/fault-messages.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';

describe('describeFault', () => {
  const context = { server: 'Mimecast', host: 'api.services.mimecast.com', proxy: undefined, code: undefined };
  it.each([
    ['dns', 'dns-failure'],
    ['refused', 'connection-refused'],
    ['timeout', 'timeout'],
    ['reset', 'connection-reset'],
    ['unreachable', 'network-unreachable'],
    ['certificate', 'certificate-error'],
    ['tls', 'tls-error'],
    ['other', 'network-error'],
  ] as const)('%s → %s, naming the host', (kind, code) => {
    const described = describeFault(kind, context);
    expect(described.code).toBe(code);
    expect(described.message).toContain('api.services.mimecast.com');
  });

  it.each(['dns', 'refused', 'unreachable'] as const)('through a proxy, %s is about the proxy (it is the only host this computer reaches)', (kind) => {
    const described = describeFault(kind, { ...context, proxy: 'proxy.corp.example:8080' });
    expect(described.code).toBe('proxy-unreachable');
    expect(described.message).toContain('The proxy proxy.corp.example:8080 could not be reached');
  });

  it('an untrusted chain names the issuer and the two ways out', () => {
    const message = untrustedIssuerMessage('api.services.mimecast.com', 'Contoso TLS Inspection CA', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(message).toContain("The certificate for api.services.mimecast.com was issued by 'Contoso TLS Inspection CA', which this computer does not trust");
    expect(message).toContain("install that company root certificate in this computer's certificate store");
    expect(message).toContain('--ca-file FILE');
  });

  it('a 407 is "the proxy wants credentials", any other tunnel refusal names the status', () => {
    const auth = proxyStatusMessage({ ...context, proxy: 'p:3128' }, 407);
    expect(auth.code).toBe('proxy-auth-required');
    expect(auth.message).toContain('The proxy wants credentials (HTTP 407 from p:3128)');
    const refused = proxyStatusMessage({ ...context, proxy: 'p:3128' }, 403);
    expect(refused.code).toBe('proxy-refused');
    expect(refused.message).toContain('(HTTP 403)');
  });

  it('the deadline message says how long was allowed', () => {
    expect(deadlineMessage(context, 15).message).toContain('did not finish answering within 15 seconds');
  });
});

/** A throwaway self-signed certificate for 127.0.0.1, made with the system's openssl. */
function selfSignedCertificate(): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'fake-mimecast-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = selfSignedCertificate();
if (!certificate) console.warn('TLS tests skipped: the openssl command is not available to make a test certificate.');

describe.skipIf(!certificate)('TLS faults through the real client', () => {
  let tlsFake: FakeMimecast;
  let plainFake: FakeMimecast;
  beforeAll(async () => {
    tlsFake = await startFakeMimecast({}, certificate);
    plainFake = await startFakeMimecast();
  });
  afterAll(async () => {
    await tlsFake.close();
    await plainFake.close();
  });

  const run = (baseUrl: string, caFile?: string) =>
    runVerification({ baseUrl, credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET }, redactor: createRedactor(), ...(caFile ? { network: { caFile } } : {}) });

  it('an untrusted certificate is a certificate-error naming its issuer, and nothing is sent', async () => {
    const report = await run(tlsFake.baseUrl);
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'certificate-error' });
    expect(report.token.message).toContain(`The certificate for ${new URL(tlsFake.baseUrl).host} was issued by '127.0.0.1'`);
    expect(tlsFake.requests).toEqual([]);
  });

  it('the same server passes once its certificate is trusted (checks stay on)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-mimecast-ca-'));
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, certificate!.cert);
    const report = await run(tlsFake.baseUrl, caFile);
    rmSync(dir, { recursive: true, force: true });
    expect(report.ok).toBe(true);
  });

  it('https to a server that does not speak TLS is a tls-error', async () => {
    const report = await run(plainFake.baseUrl.replace('http:', 'https:'));
    expect(report.token).toMatchObject({ ok: false, code: 'tls-error' });
  });
});
