import type { EvidenceService } from '../evidence/evidence-service.ts';
import type { ProgressService } from '../progress/progress-service.ts';
import type { Handlers } from '../router.ts';

type ProgressChannels = 'progress.get' | 'progress.update' | 'progress.startOver';

export function createProgressHandlers(progress: ProgressService, evidence: EvidenceService): Pick<Handlers, ProgressChannels> {
  return {
    'progress.get': ({ profileId }) => progress.view(profileId),
    'progress.update': ({ profileId, patch }) => progress.update(patch, profileId),
    'progress.startOver': ({ profileId, removeEvidence }) => {
      if (removeEvidence) evidence.removeAll(profileId);
      return progress.startOver(profileId);
    },
  };
}
