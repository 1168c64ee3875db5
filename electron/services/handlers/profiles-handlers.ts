import { profileChannels } from '../../../shared/ipc/channels/profiles.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export function createProfileHandlers(profiles: ProfilesService): FeatureHandlers<typeof profileChannels> {
  return featureHandlers(profileChannels, {
    'profiles.list': () => profiles.state(),
    'profiles.create': ({ name }) => profiles.create(name),
    'profiles.rename': ({ profileId, name }) => profiles.rename(profileId, name),
    'profiles.switch': ({ profileId }) => profiles.switchTo(profileId),
    'profiles.delete': ({ profileId }) => profiles.delete(profileId),
  });
}
