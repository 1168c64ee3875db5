import type { NetworkFaultCode } from '../../../shared/net/network-faults.ts';
import type { FaultKind } from './network-fault.ts';

/**
 * One sentence (or two) per network fault, the same for the Mimecast verification and the intake submission, in the
 * app and in the CLI: what happened, and what to do next. Only host names and error codes go in; never a URL with
 * credentials, never the request.
 */
export interface FaultContext {
  /** The server being called, as the admin knows it: "Mimecast", "the intake". */
  server: string;
  /** host[:port] of the server. */
  host: string;
  /** host:port of the proxy the call went through, when it did (never its credentials). */
  proxy: string | undefined;
  /** The error code that decided the kind, when there was one. */
  code: string | undefined;
}

/** Where the proxy and the company root certificate are set, so every message can point there. */
const NETWORK_SETTINGS_HINT = 'in the app: Network settings; in the CLI: --proxy URL and --ca-file FILE';

export interface DescribedFault {
  code: NetworkFaultCode;
  message: string;
}

/** Codes that mean "this chain leads to a root not trusted here", the TLS-inspecting proxy's signature. */
export const UNTRUSTED_CHAIN_CODES: ReadonlySet<string> = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
]);

const withCode = (code: string | undefined): string => (code ? ` (${code})` : '');

/** The certificate of `host` leads to `issuer`, which no trusted root vouches for: say who, and the two ways out. */
export function untrustedIssuerMessage(host: string, issuer: string | undefined, code: string | undefined): string {
  const who = issuer ? `was issued by '${issuer}', which this computer does not trust` : `is not trusted by this computer${withCode(code)}`;
  return (
    `The certificate for ${host} ${who}. This usually means a company proxy inspects HTTPS traffic. ` +
    `Either have IT install that company root certificate in this computer's certificate store, or give the app the ` +
    `root certificate as a PEM file (${NETWORK_SETTINGS_HINT}). The check stays on to protect the secret.`
  );
}

export function describeFault(kind: FaultKind, context: FaultContext): DescribedFault {
  const { server, host, proxy, code } = context;
  // Through a proxy, every socket-level failure is about reaching the proxy: the proxy itself connects to the server.
  if (proxy && (kind === 'dns' || kind === 'refused' || kind === 'unreachable')) {
    return {
      code: 'proxy-unreachable',
      message: `The proxy ${proxy} could not be reached${withCode(code)}, so ${server} at ${host} was not called. Check the proxy address and port (${NETWORK_SETTINGS_HINT}) or ask IT which proxy to use.`,
    };
  }
  switch (kind) {
    case 'certificate':
      if (code === undefined || UNTRUSTED_CHAIN_CODES.has(code)) return { code: 'certificate-error', message: untrustedIssuerMessage(host, undefined, code) };
      return {
        code: 'certificate-error',
        message: `The security certificate of ${host} failed its check${withCode(code)}. If it has expired or names another host, the address may be wrong; the check stays on to protect the secret.`,
      };
    case 'tls':
      return {
        code: 'tls-error',
        message: `A secure (TLS) connection to ${host} could not be set up${withCode(code)}. Check that the address is an https:// one and that no proxy is interfering${proxy ? ` (the call went through ${proxy})` : ''}, then try again.`,
      };
    case 'dns':
      return {
        code: 'dns-failure',
        message: `The server name ${host} could not be found (DNS lookup failed). Check the address for typos and that this computer is online; if it reaches the internet only through a proxy, set the proxy (${NETWORK_SETTINGS_HINT}).`,
      };
    case 'refused':
      return {
        code: 'connection-refused',
        message: `${host} refused the connection. Check the address and port; a firewall may be blocking outgoing HTTPS, or a proxy may be required (${NETWORK_SETTINGS_HINT}).`,
      };
    case 'timeout':
      return {
        code: 'timeout',
        message: `${server} at ${host} did not answer in time${proxy ? ` (through the proxy ${proxy})` : ''}. Check your network or proxy, then try again.`,
      };
    case 'reset':
      return {
        code: 'connection-reset',
        message: `The connection to ${host} was cut off before ${server} answered. Try again; if it repeats, a proxy or firewall may be closing the connection.`,
      };
    case 'unreachable':
      return { code: 'network-unreachable', message: `${host} cannot be reached from this computer's network. Check that you are online.` };
    case 'other':
      return {
        code: 'network-error',
        message: `The request to ${host} failed before ${server} answered${withCode(code)}. Check your network connection, then try again.`,
      };
  }
}

/** The total deadline ran out (a server that answers too slowly, or drips its answer). */
export function deadlineMessage(context: Pick<FaultContext, 'server' | 'host' | 'proxy'>, seconds: number): DescribedFault {
  if (seconds <= 0) {
    return { code: 'timeout', message: `${context.server} at ${context.host} was not called: the time allowed for this run had already been used up by slower answers. Try again.` };
  }
  const duration = `${Number(seconds.toFixed(1))} ${seconds === 1 ? 'second' : 'seconds'}`;
  return {
    code: 'timeout',
    message: `${context.server} at ${context.host} did not finish answering within ${duration}${context.proxy ? ` (through the proxy ${context.proxy})` : ''}, so the request was stopped. Check your network or proxy, then try again.`,
  };
}

/** The proxy answered the tunnel request itself with a refusal. */
export function proxyStatusMessage(context: Pick<FaultContext, 'server' | 'host' | 'proxy'>, status: number): DescribedFault {
  const proxy = context.proxy ?? 'the proxy';
  if (status === 407) {
    return {
      code: 'proxy-auth-required',
      message: `The proxy wants credentials (HTTP 407 from ${proxy}). Put the user name and password in the proxy address, as http://user:password@host:port (${NETWORK_SETTINGS_HINT}); they are kept out of every log and message.`,
    };
  }
  return {
    code: 'proxy-refused',
    message: `The proxy ${proxy} refused to connect to ${context.host} (HTTP ${status}). Ask IT to allow HTTPS to ${context.host} through the proxy, or check the proxy setting (${NETWORK_SETTINGS_HINT}).`,
  };
}
