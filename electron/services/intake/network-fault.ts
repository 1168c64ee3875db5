import type { NetworkFault } from '../../../shared/handoff/intake-contract.ts';
import { classifyFault, type FaultKind } from '../http/network-fault.ts';

const FAULT_OF_KIND: Record<FaultKind, NetworkFault> = {
  certificate: 'tls',
  tls: 'tls',
  dns: 'dns',
  refused: 'refused',
  timeout: 'timeout',
  reset: 'reset',
  unreachable: 'network',
  other: 'network',
};

/** Names a failed request's network fault (the contract's `NetworkFault`) so the message can say where to look. */
export function classifyNetworkFault(error: unknown): NetworkFault {
  return FAULT_OF_KIND[classifyFault(error).kind];
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
