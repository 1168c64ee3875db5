import { useCallback } from 'react';
import { applyPatch } from '../../../shared/checklist/apply-patch.ts';
import { checklistStatus } from '../../../shared/checklist/evaluate.ts';
import type { ProgressPatch, ProgressView } from '../../../shared/checklist/progress.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

function optimistic(view: ProgressView, patch: ProgressPatch): ProgressView {
  try {
    const progress = applyPatch(view.progress, patch, { now: new Date() });
    return { ...view, progress, status: checklistStatus(progress) };
  } catch {
    return view; // The main process will refuse it too, with a message.
  }
}

/**
 * The checklist progress of one profile, kept in step with the main process: loaded once, replaced by every answer
 * and loaded again on every `progress.changed` push of this profile (a widget reporting its gate, another window).
 */
export function useProgress(profileId: string) {
  const { data: view, error, setError, act, setData, reload } = useAssistantQuery(() => unwrap(assistant().progress.get({ profileId })), {
    profileId,
    refreshOn: ['progress.changed'],
  });

  const update = useCallback(
    async (patch: ProgressPatch) => {
      // Show the change at once (a ticked box stays ticked), computed by the same pure function the main process uses;
      // the main process's answer replaces it, and a refusal reloads what is really saved (its message stays).
      setData((shown) => (shown ? optimistic(shown, patch) : shown));
      const saved = await act(() => unwrap(assistant().progress.update({ profileId, patch })));
      if (!saved) await reload();
      return saved !== undefined;
    },
    [profileId, act, setData, reload],
  );
  const startOver = useCallback(
    async (removeEvidence: boolean) => (await act(() => unwrap(assistant().progress.startOver({ profileId, removeEvidence })))) !== undefined,
    [profileId, act],
  );

  return { view, error, setError, update, startOver };
}
