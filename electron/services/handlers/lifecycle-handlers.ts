import { lifecycleChannels } from '../../../shared/ipc/channels/lifecycle.ts';
import type { LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The credential lifecycle of the profile the request names. */
export function createLifecycleHandlers(profiles: ProfilesService, lifecycle: LifecycleService): FeatureHandlers<typeof lifecycleChannels> {
  return featureHandlers(lifecycleChannels, {
    'lifecycle.state': ({ profileId }) => lifecycle.view(profiles.existing(profileId)),
    'lifecycle.setExpiry': ({ profileId, date }) => lifecycle.setExpiry(profiles.existing(profileId), date),
    'lifecycle.reportFailure': ({ profileId }) => lifecycle.reportFailure(profiles.existing(profileId)),
    'lifecycle.markRefreshed': ({ profileId }) => lifecycle.markRefreshed(profiles.existing(profileId)),
    'lifecycle.forgetSecret': ({ profileId }) => lifecycle.forgetSecret(profiles.existing(profileId)),
  });
}
