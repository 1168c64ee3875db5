import { useCallback, useEffect, useState } from 'react';
import { applyPatch } from '../../../shared/checklist/apply-patch.ts';
import { checklistStatus } from '../../../shared/checklist/evaluate.ts';
import type { ProgressPatch, ProgressView } from '../../../shared/checklist/progress.ts';
import { assistant, messageOf, unwrap } from '../../lib/assistant.ts';

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
 * and by every `progress.changed` push (a widget reporting its gate, another window).
 */
export function useProgress(profileId: string) {
  const [view, setView] = useState<ProgressView>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    unwrap(assistant().progress.get({ profileId })).then(
      (loaded) => live && setView(loaded),
      (e: unknown) => live && setError(messageOf(e)),
    );
    const off = assistant().on('progress.changed', (changed) => {
      if (live && changed.profileId === profileId) setView(changed);
    });
    return () => {
      live = false;
      off();
    };
  }, [profileId]);

  const run = useCallback(async (pending: Promise<ProgressView>): Promise<boolean> => {
    try {
      setView(await pending);
      setError(undefined);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  }, []);

  const update = useCallback(
    async (patch: ProgressPatch) => {
      // Show the change at once (a ticked box stays ticked), computed by the same pure function the main process uses;
      // the main process's answer replaces it, and a refusal reloads what is really saved.
      setView((shown) => (shown ? optimistic(shown, patch) : shown));
      const saved = await run(unwrap(assistant().progress.update({ profileId, patch })));
      if (!saved) {
        const reloaded = await assistant().progress.get({ profileId });
        if (reloaded.ok) setView(reloaded.value);
      }
      return saved;
    },
    [profileId, run],
  );
  const startOver = useCallback(
    (removeEvidence: boolean) => run(unwrap(assistant().progress.startOver({ profileId, removeEvidence }))),
    [profileId, run],
  );

  return { view, error, setError, update, startOver };
}
