/**
 * Turns a transport failure (no HTTP answer at all) into a stable code and a sentence the admin can act on. Only the
 * error's `code` is read: the error object itself carries the request (and so the secret) and never leaves here.
 */
export type NetworkErrorCode =
  | 'dns-failure'
  | 'connection-refused'
  | 'connection-reset'
  | 'network-unreachable'
  | 'timeout'
  | 'certificate-error'
  | 'tls-error'
  | 'network-error';

export interface NetworkFailure {
  code: NetworkErrorCode;
  message: string;
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const TIMEOUT = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);
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

/** The codes an error and its causes carry, outermost first (axios wraps Node's error). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

export function classifyNetworkError(error: unknown, host: string, timeoutMs: number): NetworkFailure {
  const codes = codesOf(error);
  const has = (set: Set<string>): string | undefined => codes.find((c) => set.has(c));
  const seconds = Number((timeoutMs / 1000).toFixed(1));
  const duration = `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

  const certificate = has(CERTIFICATE) ?? codes.find((c) => c.startsWith('CERT_'));
  if (certificate) {
    return {
      code: 'certificate-error',
      message: `The security certificate of ${host} is not trusted (${certificate}). If your network inspects HTTPS traffic, ask IT to install its root certificate on this computer; the check stays on to protect the secret.`,
    };
  }
  const tls = codes.find((c) => c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_') || c === 'EPROTO');
  if (tls) {
    return {
      code: 'tls-error',
      message: `A secure (TLS) connection to ${host} could not be set up (${tls}). Check that the base URL is an https:// API gateway and that no proxy is interfering, then run the check again.`,
    };
  }
  if (has(DNS)) {
    return {
      code: 'dns-failure',
      message: `The server name ${host} could not be found (DNS lookup failed). Check the gateway address for typos and that this computer is online.`,
    };
  }
  if (codes.includes('ECONNREFUSED')) {
    return {
      code: 'connection-refused',
      message: `${host} refused the connection. Check the gateway address; a firewall or proxy may be blocking outgoing HTTPS.`,
    };
  }
  if (has(TIMEOUT)) {
    return {
      code: 'timeout',
      message: `${host} did not answer within ${duration}. Check your network or proxy, then run the check again.`,
    };
  }
  if (has(RESET)) {
    return {
      code: 'connection-reset',
      message: `The connection to ${host} was cut off before Mimecast answered. Run the check again; if it repeats, a proxy or firewall may be closing the connection.`,
    };
  }
  if (has(UNREACHABLE)) {
    return { code: 'network-unreachable', message: `${host} cannot be reached from this computer's network. Check that you are online.` };
  }
  return {
    code: 'network-error',
    message: `The request to ${host} failed before Mimecast answered${codes[0] ? ` (${codes[0]})` : ''}. Check your network connection, then run the check again.`,
  };
}
