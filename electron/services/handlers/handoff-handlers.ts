import { handoffChannels } from '../../../shared/ipc/channels/handoff.ts';
import type { HandoffService } from '../handoff/handoff-service.ts';
import type { IntakeProgress } from '../intake/intake-client.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export interface HandoffHandlerDeps {
  profiles: ProfilesService;
  handoff: HandoffService;
  /** Tells the checklist whether the hand-off is confirmed (the `handoff` widget's gate; "remove API 1.0" waits on it). */
  syncGate: (profileId: string) => void;
  onIntakeProgress: (profileId: string, progress: IntakeProgress) => void;
}

/** Every operation acts on the profile the request names. The intake token goes in once and is never answered back. */
export function createHandoffHandlers({ profiles, handoff, syncGate, onIntakeProgress }: HandoffHandlerDeps): FeatureHandlers<typeof handoffChannels> {
  return featureHandlers(handoffChannels, {
    'handoff.state': (request) => {
      const profileId = profiles.existing(request.profileId);
      // A hand-off confirmed elsewhere (the CLI's submit) reaches the checklist the next time the widget loads.
      syncGate(profileId);
      return handoff.view(profileId);
    },
    'handoff.preflight': ({ profileId, rerun }) => handoff.preflight(profiles.existing(profileId), rerun === undefined ? {} : { rerun }),
    'handoff.proceedAnyway': ({ profileId }) => handoff.proceedDespiteFailure(profiles.existing(profileId)),
    'handoff.chooseChannel': ({ profileId, channel }) => handoff.chooseChannel(profiles.existing(profileId), channel),
    'handoff.setAccountName': ({ profileId, accountName }) => handoff.setAccountName(profiles.existing(profileId), accountName),
    'handoff.portalGuide': ({ profileId }) => handoff.portalGuide(profiles.existing(profileId)),
    'handoff.recordOutcome': (request) => {
      const profileId = profiles.existing(request.profileId);
      const view = handoff.recordPortalOutcome(profileId, request.state);
      syncGate(profileId);
      return view;
    },
    'handoff.intakeConfig': ({ profileId }) => handoff.intakeConfig(profiles.existing(profileId)),
    'handoff.configureIntake': ({ profileId, url, accountName, token }) =>
      handoff.configureIntake(profiles.existing(profileId), { url, ...(accountName ? { accountName } : {}), ...(token !== undefined ? { token } : {}) }),
    'handoff.submitIntake': async (request) => {
      const profileId = profiles.existing(request.profileId);
      const { fault: _fault, ...outcome } = await handoff.submitIntake(profileId, {
        enforcePreflight: true,
        onProgress: (progress) => onIntakeProgress(profileId, progress),
      });
      syncGate(profileId);
      return outcome;
    },
  });
}
