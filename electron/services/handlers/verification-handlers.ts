import { verificationChannels } from '../../../shared/ipc/channels/verification.ts';
import type { VerificationState } from '../../../shared/ipc/channels/verification.ts';
import type { VerificationService } from '../verification/verification-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** Every operation acts on the profile the request names; the secret is read in the main process and never crosses IPC. */
export function createVerificationHandlers(profiles: ProfilesService, verification: VerificationService): FeatureHandlers<typeof verificationChannels> {
  const state = async (profileId: string): Promise<VerificationState> => ({
    gateway: verification.gateway(profileId),
    baseUrl: verification.baseUrl(profileId),
    latest: verification.latest(profileId) ?? null,
    keysReplacedSince: await verification.keysReplacedSinceLatest(profileId),
  });
  return featureHandlers(verificationChannels, {
    'verification.state': ({ profileId }) => state(profiles.existing(profileId)),
    'verification.setGateway': (request) => {
      const profileId = profiles.existing(request.profileId);
      verification.setGateway(profileId, request.gateway);
      return state(profileId);
    },
    'verification.run': ({ profileId }) => verification.run(profiles.existing(profileId)),
  });
}
