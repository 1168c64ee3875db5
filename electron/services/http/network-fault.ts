/**
 * What kind of transport failure (no HTTP answer at all) an axios/Node error stands for. Shared by the Mimecast client
 * and the intake client, which each turn the kind into their own public code and sentence. Only the errors' `code`
 * values are read: the error object itself carries the request (and so the secret) and never leaves here.
 */
export type FaultKind = 'certificate' | 'tls' | 'dns' | 'refused' | 'timeout' | 'reset' | 'unreachable' | 'other';

export interface ClassifiedFault {
  kind: FaultKind;
  /** The code that decided the kind; for `other`, the outermost code there was (if any). */
  code: string | undefined;
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_SOCKET_CLOSED']);
const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN']);
const CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

/** The codes an error and its causes carry, outermost first (axios puts its own code on top of Node's socket error). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * Order matters: the most telling kind anywhere in the chain wins (a certificate fault over the reset it caused). Each
 * rule names the code that decided it: a known certificate code before any other `CERT_…` one.
 */
const RULES: readonly [FaultKind, (codes: string[]) => string | undefined][] = [
  ['certificate', (codes) => codes.find((c) => CERTIFICATE.has(c)) ?? codes.find((c) => c.startsWith('CERT_'))],
  ['tls', (codes) => codes.find((c) => c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_') || c === 'EPROTO')],
  ['dns', (codes) => codes.find((c) => DNS.has(c))],
  ['refused', (codes) => codes.find((c) => c === 'ECONNREFUSED')],
  ['timeout', (codes) => codes.find((c) => TIMEOUT.has(c))],
  ['reset', (codes) => codes.find((c) => RESET.has(c))],
  ['unreachable', (codes) => codes.find((c) => UNREACHABLE.has(c))],
];

export function classifyFault(error: unknown): ClassifiedFault {
  const codes = errorCodes(error);
  for (const [kind, find] of RULES) {
    const code = find(codes);
    if (code !== undefined) return { kind, code };
  }
  return { kind: 'other', code: codes[0] };
}
