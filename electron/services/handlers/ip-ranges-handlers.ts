import { ipRangesChannels } from '../../../shared/ipc/channels/ip-ranges.ts';
import type { IpRangesService } from '../ip-ranges/ip-ranges-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export function createIpRangesHandlers(ipRanges: IpRangesService): FeatureHandlers<typeof ipRangesChannels> {
  return featureHandlers(ipRangesChannels, {
    'ipRanges.load': ({ profileId }) => ipRanges.load(profileId),
    'ipRanges.save': ({ profileId, adminText, arcticWolfText, currentIp }) => ipRanges.save(profileId, { adminText, arcticWolfText, currentIp }),
    'ipRanges.acknowledge': ({ profileId, text }) => ipRanges.acknowledge(profileId, text),
    'ipRanges.copyAdminRanges': ({ profileId }) => ipRanges.copyAdminRanges(profileId),
  });
}
