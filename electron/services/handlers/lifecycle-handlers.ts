import { lifecycleChannels } from '../../../shared/ipc/channels/lifecycle.ts';
import type { LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** The credential lifecycle of the active profile. */
export function createLifecycleHandlers(profiles: ProfilesService, lifecycle: LifecycleService): FeatureHandlers<typeof lifecycleChannels> {
  const active = (): string => profiles.active().id;
  return featureHandlers(lifecycleChannels, {
    'lifecycle.state': () => lifecycle.view(active()),
    'lifecycle.setExpiry': ({ date }) => lifecycle.setExpiry(active(), date),
    'lifecycle.reportFailure': () => lifecycle.reportFailure(active()),
    'lifecycle.markRefreshed': () => lifecycle.markRefreshed(active()),
    'lifecycle.forgetSecret': () => lifecycle.forgetSecret(active()),
  });
}
