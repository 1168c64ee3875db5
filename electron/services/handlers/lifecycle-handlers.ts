import type { LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { Handlers } from '../router.ts';

type LifecycleChannels = 'lifecycle.state' | 'lifecycle.setExpiry' | 'lifecycle.reportFailure' | 'lifecycle.markRefreshed' | 'lifecycle.forgetSecret';

/** The credential lifecycle of the active profile. */
export function createLifecycleHandlers(profiles: ProfilesService, lifecycle: LifecycleService): Pick<Handlers, LifecycleChannels> {
  const active = (): string => profiles.active().id;
  return {
    'lifecycle.state': () => lifecycle.view(active()),
    'lifecycle.setExpiry': ({ date }) => lifecycle.setExpiry(active(), date),
    'lifecycle.reportFailure': () => lifecycle.reportFailure(active()),
    'lifecycle.markRefreshed': () => lifecycle.markRefreshed(active()),
    'lifecycle.forgetSecret': () => lifecycle.forgetSecret(active()),
  };
}
