import { X509Certificate } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
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

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';

/**
 * The most a certificate file may hold. A company root is a few kilobytes and Mozilla's whole bundle about 220 KB;
 * a larger file is not a bundle of roots (`/dev/zero`, a disk image named by mistake), and reading it whole would
 * fill the memory, so reading stops just past this size.
 */
export const CA_FILE_MAX_BYTES = 1024 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;

/** Reads at most `CA_FILE_MAX_BYTES + 1` bytes, chunk by chunk: a device or pipe that never ends is stopped too. */
function readBounded(path: string): { text: string; tooLarge: boolean } {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CA_FILE_MAX_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, Math.min(READ_CHUNK_BYTES, buffer.length - length), null);
      if (read === 0) break;
      length += read;
    }
    return { text: buffer.toString('utf8', 0, Math.min(length, CA_FILE_MAX_BYTES)), tooLarge: length > CA_FILE_MAX_BYTES };
  } finally {
    closeSync(fd);
  }
}

/**
 * The PEM certificate blocks of a text, in one pass: each BEGIN is paired with the first END after it, and the scan
 * goes on after that END (a pattern search from each BEGIN re-read the rest of the file every time: quadratic).
 */
function pemBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (let at = text.indexOf(BEGIN); at >= 0; ) {
    const end = text.indexOf(END, at + BEGIN.length);
    if (end < 0) break;
    blocks.push(text.slice(at, end + END.length));
    at = text.indexOf(BEGIN, end + END.length);
  }
  return blocks;
}

/**
 * Reads a PEM bundle and checks that each block is a certificate. Throws `AppError('ca-file-unreadable' |
 * 'ca-file-invalid')` saying what to fix; the CLI maps both to exit 2.
 */
export function readCaFile(path: string): string[] {
  let read: { text: string; tooLarge: boolean };
  try {
    read = readBounded(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new AppError('ca-file-unreadable', `The certificate file ${path} could not be read${typeof code === 'string' ? ` (${code})` : ''}. Check the path and that you may read it.`);
  }
  if (read.tooLarge) {
    throw new AppError(
      'ca-file-invalid',
      `${path} is larger than ${CA_FILE_MAX_BYTES / 1024 / 1024} MB, far larger than any bundle of root certificates, so it was not read. Name the PEM file with the company root certificate itself.`,
    );
  }
  const blocks = pemBlocks(read.text);
  if (blocks.length === 0) {
    throw new AppError('ca-file-invalid', `${path} holds no PEM certificate (a block starting with ${BEGIN}). Export the company root certificate as PEM (Base-64) and try again.`);
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
