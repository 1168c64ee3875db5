import { classifyFault } from '../http/network-fault.ts';

/**
 * Turns a transport failure (no HTTP answer at all) into a stable code and a sentence the admin can act on. The kind
 * of fault comes from the shared classifier (`../http/network-fault.ts`), which reads only the errors' `code` values:
 * the error object itself carries the request (and so the secret) and never leaves here.
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

export function classifyNetworkError(error: unknown, host: string, timeoutMs: number): NetworkFailure {
  const fault = classifyFault(error);
  const seconds = Number((timeoutMs / 1000).toFixed(1));
  const duration = `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

  switch (fault.kind) {
    case 'certificate':
      return {
        code: 'certificate-error',
        message: `The security certificate of ${host} is not trusted (${fault.code}). If your network inspects HTTPS traffic, ask IT to install its root certificate on this computer; the check stays on to protect the secret.`,
      };
    case 'tls':
      return {
        code: 'tls-error',
        message: `A secure (TLS) connection to ${host} could not be set up (${fault.code}). Check that the base URL is an https:// API gateway and that no proxy is interfering, then run the check again.`,
      };
    case 'dns':
      return {
        code: 'dns-failure',
        message: `The server name ${host} could not be found (DNS lookup failed). Check the gateway address for typos and that this computer is online.`,
      };
    case 'refused':
      return {
        code: 'connection-refused',
        message: `${host} refused the connection. Check the gateway address; a firewall or proxy may be blocking outgoing HTTPS.`,
      };
    case 'timeout':
      return {
        code: 'timeout',
        message: `${host} did not answer within ${duration}. Check your network or proxy, then run the check again.`,
      };
    case 'reset':
      return {
        code: 'connection-reset',
        message: `The connection to ${host} was cut off before Mimecast answered. Run the check again; if it repeats, a proxy or firewall may be closing the connection.`,
      };
    case 'unreachable':
      return { code: 'network-unreachable', message: `${host} cannot be reached from this computer's network. Check that you are online.` };
    case 'other':
      return {
        code: 'network-error',
        message: `The request to ${host} failed before Mimecast answered${fault.code ? ` (${fault.code})` : ''}. Check your network connection, then run the check again.`,
      };
  }
}
