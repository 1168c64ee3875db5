import type { NetworkSettingsService } from '../network/network-settings.ts';
import type { Handlers } from '../router.ts';

/** The Network section: what is in effect for the Mimecast gateway, and the admin's own proxy and root certificate. */
export function createNetworkHandlers(network: NetworkSettingsService): Pick<Handlers, 'network.status' | 'network.save'> {
  return {
    'network.status': () => network.status(),
    'network.save': (input) => network.save(input),
  };
}
