import { verificationChannels } from '../../../shared/ipc/channels/verification.ts';
import type { VerificationState } from '../../../shared/ipc/channels/verification.ts';
import type { VerificationService } from '../verification/verification-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

/** Every operation acts on the active profile; the secret is read in the main process and never crosses IPC. */
export function createVerificationHandlers(profiles: ProfilesService, verification: VerificationService): FeatureHandlers<typeof verificationChannels> {
  const active = (): string => profiles.active().id;
  const state = async (profileId: string): Promise<VerificationState> => ({
    gateway: verification.gateway(profileId),
    baseUrl: verification.baseUrl(profileId),
    latest: verification.latest(profileId) ?? null,
    keysReplacedSince: await verification.keysReplacedSinceLatest(profileId),
  });
  return featureHandlers(verificationChannels, {
    'verification.state': () => state(active()),
    'verification.setGateway': (choice) => {
      const profileId = active();
      verification.setGateway(profileId, choice);
      return state(profileId);
    },
    'verification.run': () => verification.run(active()),
  });
}
