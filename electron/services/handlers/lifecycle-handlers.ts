import { lifecycleChannels } from '../../../shared/ipc/channels/lifecycle.ts';
import type { LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The credential lifecycle of the profile the request names. */
export function createLifecycleHandlers(profiles: ProfilesService, lifecycle: LifecycleService): FeatureHandlers<typeof lifecycleChannels> {
  const existing = (profileId: string): string => profiles.existing(profileId);
  return featureHandlers(lifecycleChannels, {
    'lifecycle.state': ({ profileId }) => lifecycle.view(existing(profileId)),
    'lifecycle.setExpiry': ({ profileId, date }) => lifecycle.setExpiry(existing(profileId), date),
    'lifecycle.reportFailure': ({ profileId }) => lifecycle.reportFailure(existing(profileId)),
    'lifecycle.markRefreshed': ({ profileId }) => lifecycle.markRefreshed(existing(profileId)),
    'lifecycle.forgetSecret': ({ profileId }) => lifecycle.forgetSecret(existing(profileId)),
  });
}
