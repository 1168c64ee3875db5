import { z } from 'zod';

/**
 * The one set of network-fault codes every outgoing call reports (the Mimecast verification's `code`, the intake
 * submission's fault). A code names where to look: the name lookup, the connection, the certificate, the proxy.
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

export const networkFaultCodeSchema = z.enum(networkFaultCodes);
export type NetworkFaultCode = z.infer<typeof networkFaultCodeSchema>;
