import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeClient } from '../../../../../electron/services/intake/intake-client.ts';
import type { IntakeRequestBody } from '../../../../../shared/handoff/intake-contract.ts';

/** A throwaway self-signed certificate for 127.0.0.1, made with the system's openssl. */
function selfSignedCertificate(): { key: string; cert: string } | string {
  const dir = mkdtempSync(join(tmpdir(), 'aw-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    return `openssl could not make a test certificate (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const material = selfSignedCertificate();
const skipReason = typeof material === 'string' ? material : undefined;
if (skipReason) console.warn(`[skipped] intake over real TLS — ${skipReason}`);

const body: IntakeRequestBody = { vendor: 'mimecast', apiVersion: '2.0', accountName: 'A', baseUrl: 'https://api.services.mimecast.com', clientId: 'id-123456', clientSecret: 'secret-123456', credentialExpiry: null };
const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';

describe.skipIf(skipReason !== undefined)('intake over real TLS', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { key, cert } = material as { key: string; cert: string };
    server = createServer({ key, cert }, (_req, res) => {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: 'tls-receipt' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/intake`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('checks the certificate: an untrusted one is a certificate fault naming its issuer, not retried, and nothing is accepted', async () => {
    const result = await createIntakeClient({ sleep: () => Promise.resolve() }).submit({ url, token: 'tok-123456', idempotencyKey: KEY, body });
    expect(result).toMatchObject({ ok: false, status: null, attempts: 1, fault: 'certificate-error' });
    expect(result.message).toContain("was issued by '127.0.0.1', which this computer does not trust");
  });

  it('succeeds over HTTPS when the certificate is trusted', async () => {
    const { cert } = material as { key: string; cert: string };
    const dir = mkdtempSync(join(tmpdir(), 'aw-tls-ca-'));
    writeFileSync(join(dir, 'ca.pem'), cert);
    const result = await createIntakeClient({ network: () => ({ caFile: join(dir, 'ca.pem') }) }).submit({ url, token: 'tok-123456', idempotencyKey: KEY, body });
    rmSync(dir, { recursive: true, force: true });
    expect(result).toMatchObject({ ok: true, receiptId: 'tls-receipt', status: 201 });
  });
});
