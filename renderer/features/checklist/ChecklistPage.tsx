import { useCallback, useEffect, useState } from 'react';
import { currentStepId, neighbourStep } from '../../../shared/checklist/evaluate.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { assistant } from '../../lib/assistant.ts';
import { StartOver } from './StartOver.tsx';
import { StepList } from './StepList.tsx';
import { StepView } from './StepView.tsx';
import { useProgress } from './use-progress.ts';
import './checklist.css';

/** The guide for the active profile: step list on the left, one step at a time on the right, saved as it goes. */
export function ChecklistPage({ profileId }: { profileId: string }) {
  const { view, error, setError, update, startOver } = useProgress(profileId);
  const [profileName, setProfileName] = useState(profileId);
  // Focus follows the admin's navigation, but the first render leaves focus where the browser put it.
  const [navigated, setNavigated] = useState(false);

  useEffect(() => {
    void assistant()
      .profiles.list()
      .then((r) => r.ok && setProfileName(r.value.profiles.find((p) => p.id === profileId)?.name ?? profileId));
  }, [profileId]);

  const goTo = useCallback(
    (id: StepId) => {
      setNavigated(true);
      void update({ op: 'goTo', step: id });
    },
    [update],
  );

  if (!view) {
    return (
      <div className="app-body">
        <main id="main" className="content" tabIndex={-1}>
          {error ? <p role="alert">{error}</p> : <p role="status">Loading your checklist…</p>}
        </main>
      </div>
    );
  }

  const current = currentStepId(view.progress);
  const status = view.status.steps.find((s) => s.id === current)!;
  return (
    <div className="app-body" data-profile={profileId}>
      <aside className="sidebar">
        <StepList status={view.status} onSelect={goTo} />
        <StartOver
          profileName={profileName}
          onConfirm={async (removeEvidence) => {
            setNavigated(true);
            return startOver(removeEvidence);
          }}
        />
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <div className="content-inner">
          {error && (
            <div className="callout danger" role="alert">
              <p>{error}</p>
              <button type="button" onClick={() => setError(undefined)}>
                Dismiss
              </button>
            </div>
          )}
          {view.status.allDone && (
            <div className="callout success" role="status">
              <p className="callout-title">Every step is done.</p>
              <p>Keep the app for the credential reminders; the completion report lists what was done and when.</p>
            </div>
          )}
          <StepView
            key={`${current}-${view.progress.startedAt}`}
            profileId={profileId}
            definition={stepById(current)}
            status={status}
            total={view.status.total}
            progress={view.progress}
            previous={neighbourStep(view.progress, current, -1)}
            next={neighbourStep(view.progress, current, 1)}
            focusOnShow={navigated}
            onPatch={(patch) => void update(patch)}
            onGoTo={goTo}
            onError={setError}
          />
        </div>
      </main>
    </div>
  );
}
