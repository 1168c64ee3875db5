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

/** Every operation acts on the active profile. The intake token goes in once and is never answered back. */
export function createHandoffHandlers({ profiles, handoff, syncGate, onIntakeProgress }: HandoffHandlerDeps): FeatureHandlers<typeof handoffChannels> {
  const active = (): string => profiles.active().id;
  return featureHandlers(handoffChannels, {
    'handoff.state': () => {
      const profileId = active();
      // A hand-off confirmed elsewhere (the CLI's submit) reaches the checklist the next time the widget loads.
      syncGate(profileId);
      return handoff.view(profileId);
    },
    'handoff.preflight': ({ rerun }) => handoff.preflight(active(), rerun === undefined ? {} : { rerun }),
    'handoff.proceedAnyway': () => handoff.proceedDespiteFailure(active()),
    'handoff.chooseChannel': ({ channel }) => handoff.chooseChannel(active(), channel),
    'handoff.setAccountName': ({ accountName }) => handoff.setAccountName(active(), accountName),
    'handoff.portalGuide': () => handoff.portalGuide(active()),
    'handoff.recordOutcome': ({ state }) => {
      const profileId = active();
      const view = handoff.recordPortalOutcome(profileId, state);
      syncGate(profileId);
      return view;
    },
    'handoff.intakeConfig': () => handoff.intakeConfig(active()),
    'handoff.configureIntake': ({ url, accountName, token }) =>
      handoff.configureIntake(active(), { url, ...(accountName ? { accountName } : {}), ...(token !== undefined ? { token } : {}) }),
    'handoff.submitIntake': async () => {
      const profileId = active();
      const { fault: _fault, ...outcome } = await handoff.submitIntake(profileId, {
        enforcePreflight: true,
        onProgress: (progress) => onIntakeProgress(profileId, progress),
      });
      syncGate(profileId);
      return outcome;
    },
  });
}
