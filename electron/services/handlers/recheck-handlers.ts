import { recheckChannels } from '../../../shared/ipc/channels/recheck.ts';
import type { RecheckService } from '../recheck/recheck-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The background re-check of the profile the request names. */
export function createRecheckHandlers(profiles: ProfilesService, recheck: RecheckService): FeatureHandlers<typeof recheckChannels> {
  return featureHandlers(recheckChannels, {
    'recheck.state': ({ profileId }) => recheck.view(profiles.existing(profileId)),
    'recheck.setSettings': ({ profileId, ...settings }) => recheck.setSettings(profiles.existing(profileId), settings),
  });
}
