import type { IpRangesService } from '../ip-ranges/ip-ranges-service.ts';
import type { Handlers } from '../router.ts';

type IpRangesChannels = 'ipRanges.load' | 'ipRanges.save' | 'ipRanges.acknowledge' | 'ipRanges.copyAdminRanges';

export function createIpRangesHandlers(ipRanges: IpRangesService): Pick<Handlers, IpRangesChannels> {
  return {
    'ipRanges.load': ({ profileId }) => ipRanges.load(profileId),
    'ipRanges.save': ({ profileId, adminText, arcticWolfText, currentIp }) => ipRanges.save({ adminText, arcticWolfText, currentIp }, profileId),
    'ipRanges.acknowledge': ({ profileId, text }) => ipRanges.acknowledge(text, profileId),
    'ipRanges.copyAdminRanges': ({ profileId }) => ipRanges.copyAdminRanges(profileId),
  };
}
