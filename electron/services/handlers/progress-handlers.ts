import { progressChannels } from '../../../shared/ipc/channels/progress.ts';
import { copyableText } from '../../../shared/checklist/copyable.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { AppError } from '../../../shared/errors.ts';
import type { EvidenceService } from '../evidence/evidence-service.ts';
import type { ProgressService } from '../progress/progress-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export interface ProgressHandlerDeps {
  progress: ProgressService;
  evidence: EvidenceService;
  /** The OS clipboard (Electron's, in the app); absent in the CLI. */
  copyText?: (text: string) => void;
}

export function createProgressHandlers({ progress, evidence, copyText }: ProgressHandlerDeps): FeatureHandlers<typeof progressChannels> {
  return featureHandlers(progressChannels, {
    'progress.get': ({ profileId }) => progress.view(profileId),
    'progress.update': ({ profileId, patch }) => progress.update(profileId, patch),
    'progress.copy': ({ profileId, step, item }) => {
      const definition = stepById(step);
      if (!definition.copyValues.some((v) => v.id === item) && !definition.inputs.some((i) => i.id === item && i.copyable)) {
        throw new AppError('unknown-checklist-item', 'That value is not one the checklist offers to copy. Reload the window (Ctrl+R or Cmd+R).');
      }
      const found = copyableText(definition, progress.read(profileId), item);
      if (!found) throw new AppError('nothing-to-copy', 'Type the value first, then copy it.');
      if (!copyText) throw new AppError('clipboard-unavailable', 'The clipboard is not available here. Select the text and copy it by hand.');
      copyText(found.text);
      return { copied: true as const, label: found.label };
    },
    'progress.startOver': ({ profileId, removeEvidence }) => {
      if (removeEvidence) evidence.removeAll(profileId);
      return progress.startOver(profileId);
    },
  });
}
