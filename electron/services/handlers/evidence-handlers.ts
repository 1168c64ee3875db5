import { evidenceChannels } from '../../../shared/ipc/channels/evidence.ts';
import type { EvidenceService } from '../evidence/evidence-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export function createEvidenceHandlers(evidence: EvidenceService): FeatureHandlers<typeof evidenceChannels> {
  return featureHandlers(evidenceChannels, {
    'evidence.add': ({ profileId, ...request }) => evidence.add(profileId, request),
    'evidence.list': ({ profileId, step }) => ({ items: evidence.list(profileId, step) }),
    'evidence.view': ({ profileId, id }) => ({ id, dataUrl: evidence.dataUrl(profileId, id) }),
    'evidence.remove': ({ profileId, id }) => ({ items: evidence.remove(profileId, id) }),
  });
}
