import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { AppError } from '../../../shared/errors.ts';

/**
 * The roots every outgoing HTTPS call trusts: the operating system's certificate store (where IT installs a company
 * root; on Linux Node reads OpenSSL's SSL_CERT_FILE/SSL_CERT_DIR), Node's bundled Mozilla roots, NODE_EXTRA_CA_CERTS,
 * and a PEM bundle the admin names (`--ca-file`, the app's setting). Certificate checks themselves are never relaxed.
 */
export interface TrustSummary {
  /** Certificates read from the operating system's store (0 when this runtime cannot read it). */
  system: number;
  /** Node's bundled roots (plus NODE_EXTRA_CA_CERTS where the runtime honours it). */
  bundled: number;
  /** The admin's PEM bundle, when one is set. */
  file: { path: string; certificates: number } | null;
}

export interface Trust {
  /** Every trusted root in PEM. */
  ca: string[];
  /** The same roots parsed once, for the `secureContext` option of every TLS connection (parsing ~500 roots per
   *  connection would cost more than the call itself). */
  secureContext: tls.SecureContext;
  summary: TrustSummary;
}

type CertificateStore = 'system' | 'default';
/** `tls.getCACertificates` arrived in Node 22.15/23.10; an older runtime falls back to the bundled roots alone. */
const getCertificates = (tls as { getCACertificates?: (store: CertificateStore) => string[] }).getCACertificates;

let cachedStores: { system: string[]; bundled: string[] } | undefined;

/** Read once per process (Node caches the system store itself; reading it takes tens of milliseconds). */
function stores(): { system: string[]; bundled: string[] } {
  if (!cachedStores) {
    let system: string[] = [];
    try {
      system = getCertificates ? getCertificates('system') : [];
    } catch {
      // An unreadable system store is not fatal: the bundled roots and a CA file still work.
    }
    const bundled = getCertificates ? getCertificates('default') : [...tls.rootCertificates];
    cachedStores = { system, bundled };
  }
  return cachedStores;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads a PEM bundle and checks that each block is a certificate. Throws `AppError('ca-file-unreadable' |
 * 'ca-file-invalid')` saying what to fix; the CLI maps both to exit 2.
 */
export function readCaFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new AppError('ca-file-unreadable', `The certificate file ${path} could not be read${typeof code === 'string' ? ` (${code})` : ''}. Check the path and that you may read it.`);
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    throw new AppError('ca-file-invalid', `${path} holds no PEM certificate (a block starting with -----BEGIN CERTIFICATE-----). Export the company root certificate as PEM (Base-64) and try again.`);
  }
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch {
      throw new AppError('ca-file-invalid', `Certificate ${index + 1} in ${path} could not be read. Export the company root certificate again as PEM (Base-64).`);
    }
  });
  return blocks;
}

/** Parsed roots by the extra PEM text they include: parsing ~700 roots costs tens of milliseconds, once is enough. */
const parsed = new Map<string, tls.SecureContext>();

/** The trusted roots, with the admin's PEM bundle (if any) added. Throws like `readCaFile`. */
export function loadTrust(caFile?: string): Trust {
  const { system, bundled } = stores();
  const extra = caFile ? readCaFile(caFile) : [];
  const ca = [...new Set([...system, ...bundled, ...extra])];
  const key = extra.join('\n');
  let secureContext = parsed.get(key);
  if (!secureContext) {
    secureContext = tls.createSecureContext({ ca });
    parsed.set(key, secureContext);
  }
  return {
    ca,
    secureContext,
    summary: { system: system.length, bundled: bundled.length, file: caFile ? { path: caFile, certificates: extra.length } : null },
  };
}
