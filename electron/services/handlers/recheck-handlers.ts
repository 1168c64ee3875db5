import { recheckChannels } from '../../../shared/ipc/channels/recheck.ts';
import type { RecheckService } from '../recheck/recheck-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The background re-check of the active profile. */
export function createRecheckHandlers(profiles: ProfilesService, recheck: RecheckService): FeatureHandlers<typeof recheckChannels> {
  return featureHandlers(recheckChannels, {
    'recheck.state': () => recheck.view(profiles.active().id),
    'recheck.setSettings': (settings) => recheck.setSettings(profiles.active().id, settings),
  });
}
