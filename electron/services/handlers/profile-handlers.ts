import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { Handlers } from '../router.ts';

type ProfileChannels = 'profiles.list' | 'profiles.create' | 'profiles.rename' | 'profiles.switch' | 'profiles.delete';

export function createProfileHandlers(profiles: ProfilesService): Pick<Handlers, ProfileChannels> {
  return {
    'profiles.list': () => profiles.state(),
    'profiles.create': ({ name }) => profiles.create(name),
    'profiles.rename': ({ id, name }) => profiles.rename(id, name),
    'profiles.switch': ({ id }) => profiles.switchTo(id),
    'profiles.delete': ({ id }) => profiles.delete(id),
  };
}
