import type { RecheckService } from '../monitoring/recheck-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { Handlers } from '../router.ts';

/** The background re-check of the active profile. */
export function createRecheckHandlers(profiles: ProfilesService, recheck: RecheckService): Pick<Handlers, 'recheck.state' | 'recheck.setSettings'> {
  return {
    'recheck.state': () => recheck.view(profiles.active().id),
    'recheck.setSettings': (settings) => recheck.setSettings(profiles.active().id, settings),
  };
}
