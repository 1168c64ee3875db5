import type { NetworkFault } from '../../../shared/handoff/intake-contract.ts';

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_VERIFY_LEAF_SIGNATURE$|UNABLE_TO_GET_ISSUER_CERT|HOSTNAME_MISMATCH$|EPROTO$)/;

function errorCode(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const own = (error as { code?: unknown }).code;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  // axios puts its own code (ERR_NETWORK…) on the error and the socket's on `cause`; the socket's is more telling.
  return String(typeof cause === 'string' ? cause : typeof own === 'string' ? own : '');
}

/** Names a failed request's network fault so the message can say where to look. */
export function classifyNetworkFault(error: unknown): NetworkFault {
  const code = errorCode(error);
  const own = (error as { code?: unknown } | undefined)?.code;
  const ownCode = typeof own === 'string' ? own : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || ownCode === 'ECONNABORTED' || ownCode === 'ETIMEDOUT') return 'timeout';
  if (TLS_CODE.test(code)) return 'tls';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_SOCKET_CLOSED') return 'reset';
  return 'network';
}

/** One sentence per fault: what happened and what to check. */
export function describeNetworkFault(fault: NetworkFault, host: string): string {
  switch (fault) {
    case 'dns':
      return `The intake host ${host} could not be found (DNS). Check the URL for typos and that this computer can resolve it.`;
    case 'refused':
      return `The intake at ${host} refused the connection. Check the port in the URL and that the intake service is running.`;
    case 'tls':
      return `The secure connection to ${host} failed its certificate check (TLS). The app never skips this check: ask the intake's owner to fix the certificate, or check for a proxy that intercepts HTTPS.`;
    case 'timeout':
      return `The intake at ${host} did not answer in time. Check your network or try again later.`;
    case 'reset':
      return `The connection to ${host} was cut off before the intake answered. Try again; if it repeats, check proxies or firewalls in between.`;
    default:
      return `The intake at ${host} could not be reached because of a network error. Check your connection and try again.`;
  }
}
