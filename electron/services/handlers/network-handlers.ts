import { networkChannels } from '../../../shared/ipc/channels/network.ts';
import type { NetworkSettingsService } from '../network/network-settings.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The Network section: what is in effect for the Mimecast gateway, and the admin's own proxy and root certificate. */
export function createNetworkHandlers(network: NetworkSettingsService): FeatureHandlers<typeof networkChannels> {
  return featureHandlers(networkChannels, {
    'network.status': () => network.status(),
    'network.save': (input) => network.save(input),
  });
}
