import type { EvidenceService } from '../evidence/evidence-service.ts';
import type { Handlers } from '../router.ts';

type EvidenceChannels = 'evidence.add' | 'evidence.list' | 'evidence.view' | 'evidence.remove';

export function createEvidenceHandlers(evidence: EvidenceService): Pick<Handlers, EvidenceChannels> {
  return {
    'evidence.add': ({ profileId, ...request }) => evidence.add(request, profileId),
    'evidence.list': ({ profileId, step }) => ({ items: evidence.list(profileId, step) }),
    'evidence.view': ({ profileId, id }) => ({ id, dataUrl: evidence.dataUrl(id, profileId) }),
    'evidence.remove': ({ profileId, id }) => ({ items: evidence.remove(id, profileId) }),
  };
}
