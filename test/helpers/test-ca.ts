import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway certificate authority, as a company's TLS-inspecting proxy has one, made with the system's openssl:
 * the CA certificate (in a PEM file, for --ca-file and SSL_CERT_FILE) and one server certificate it issued for the
 * given names. Answers a reason string when openssl is not there, so the tests can say why they skip.
 */
export interface TestCa {
  /** The CA's common name, as the untrusted-issuer message must name it. */
  name: string;
  /** The CA certificate file (PEM). */
  caFile: string;
  caPem: string;
  /** A server certificate and key issued by the CA for the names given. */
  server: { key: string; cert: string };
  /** A folder the tests may write into (removed by the OS's temp cleanup; tests remove it in afterAll). */
  dir: string;
}

export const TEST_CA_NAME = 'Contoso TLS Inspection CA';

export function makeTestCa(names: string[], name = TEST_CA_NAME): TestCa | string {
  const dir = mkdtempSync(join(tmpdir(), 'aw-test-ca-'));
  const at = (file: string): string => join(dir, file);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    execFileSync('openssl', ['req', '-x509', ...ec, '-days', '2', '-subj', `/CN=${name}`, '-keyout', at('ca.key'), '-out', at('ca.pem')], { stdio: 'ignore' });
    execFileSync('openssl', ['req', ...ec, '-subj', `/CN=${names[0]}`, '-keyout', at('server.key'), '-out', at('server.csr')], { stdio: 'ignore' });
    const alt = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
    writeFileSync(at('ext.cnf'), `subjectAltName=${alt}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
    execFileSync('openssl', ['x509', '-req', '-in', at('server.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial', '-days', '1', '-out', at('server.pem'), '-extfile', at('ext.cnf')], { stdio: 'ignore' });
    return {
      name,
      caFile: at('ca.pem'),
      caPem: readFileSync(at('ca.pem'), 'utf8'),
      server: { key: readFileSync(at('server.key'), 'utf8'), cert: readFileSync(at('server.pem'), 'utf8') },
      dir,
    };
  } catch (error) {
    return `openssl could not make a test certificate authority (${error instanceof Error ? error.message : String(error)})`;
  }
}
