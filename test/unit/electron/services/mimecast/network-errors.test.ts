import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { runVerification } from '../../../../../electron/services/mimecast/run-verification.ts';
import { classifyNetworkError } from '../../../../../electron/services/mimecast/network-errors.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../fixtures/fake-mimecast.ts';

const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('classifyNetworkError', () => {
  it.each([
    ['ENOTFOUND', 'dns-failure'],
    ['EAI_AGAIN', 'dns-failure'],
    ['ECONNREFUSED', 'connection-refused'],
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ECONNRESET', 'connection-reset'],
    ['EHOSTUNREACH', 'network-unreachable'],
    ['CERT_HAS_EXPIRED', 'certificate-error'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate-error'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls-error'],
    ['EWHATEVER', 'network-error'],
  ])('%s → %s', (code, expected) => {
    expect(classifyNetworkError(coded(code), 'api.services.mimecast.com', 15_000).code).toBe(expected);
  });

  it('looks through wrapped causes', () => {
    expect(classifyNetworkError(coded('ERR_BAD', coded('UNABLE_TO_GET_ISSUER_CERT_LOCALLY')), 'h', 1000).code).toBe('certificate-error');
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

  const run = (baseUrl: string, ca?: string) =>
    runVerification({ baseUrl, credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET }, redactor: createRedactor(), ...(ca ? { ca } : {}) });

  it('an untrusted certificate is a certificate-error, and nothing is sent', async () => {
    const report = await run(tlsFake.baseUrl);
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'certificate-error' });
    expect(report.token.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(tlsFake.requests).toEqual([]);
  });

  it('the same server passes once its certificate is trusted (checks stay on)', async () => {
    const report = await run(tlsFake.baseUrl, certificate!.cert);
    expect(report.ok).toBe(true);
  });

  it('https to a server that does not speak TLS is a tls-error', async () => {
    const report = await run(plainFake.baseUrl.replace('http:', 'https:'));
    expect(report.token).toMatchObject({ ok: false, code: 'tls-error' });
  });
});
