/**
 * The one set of network-fault codes every outgoing call reports (the Mimecast verification's `code`, the intake
 * submission's fault). A code names where to look: the name lookup, the connection, the certificate, the proxy.
 * Plain data (no zod), so the renderer can tell a network failure from a permission one without loading a schema.
 */
export const networkFaultCodes = [
  'dns-failure',
  'connection-refused',
  'connection-reset',
  'network-unreachable',
  'timeout',
  'certificate-error',
  'tls-error',
  'proxy-unreachable',
  'proxy-auth-required',
  'proxy-refused',
  'network-error',
] as const;

export type NetworkFaultCode = (typeof networkFaultCodes)[number];

export function isNetworkFaultCode(code: string | null | undefined): code is NetworkFaultCode {
  return (networkFaultCodes as readonly string[]).includes(code ?? '');
}
