import { useCallback, useState } from 'react';
import { currentStepId, neighbourStep } from '../../../shared/checklist/evaluate.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';
import { CompactStepNav } from './CompactStepNav.tsx';
import { StartOver } from './StartOver.tsx';
import { StepFooter } from './StepFooter.tsx';
import { StepList } from './StepList.tsx';
import { StepView } from './StepView.tsx';
import { useProgress } from './use-progress.ts';
import './checklist.css';
import { visibleName } from '../../../shared/domain/name-text.ts';

/**
 * The guide for the active profile: the step list on the left (a compact step menu above the step in a narrow
 * window), one step at a time on the right with Back, its state and Next in a footer that stays in view.
 */
export function ChecklistPage({ profileId }: { profileId: string }) {
  const { view, error, setError, update, startOver } = useProgress(profileId);
  const { data: profiles } = useAssistantQuery(() => unwrap(assistant().profiles.list()), { profileId });
  const profileName = visibleName(profiles?.profiles.find((p) => p.id === profileId)?.name ?? profileId);
  // Focus follows the admin's navigation, but the first render leaves focus where the browser put it.
  const [navigated, setNavigated] = useState(false);

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
        <main id="main" className="content checklist-main" tabIndex={-1}>
          <div className="content-scroll">
            {error ? <p role="alert">{error.message}</p> : <p role="status">Loading your checklist…</p>}
          </div>
        </main>
      </div>
    );
  }

  const current = currentStepId(view.progress);
  const status = view.status.steps.find((s) => s.id === current)!;
  const startOverButton = (
    <StartOver
      profileName={profileName}
      onConfirm={async (removeEvidence) => {
        setNavigated(true);
        return startOver(removeEvidence);
      }}
    />
  );
  return (
    <div className="app-body" data-profile={profileId}>
      <aside className="sidebar">
        <StepList status={view.status} onSelect={goTo} />
        {startOverButton}
      </aside>
      <main id="main" className="content checklist-main" tabIndex={-1}>
        <CompactStepNav status={view.status} current={current} onSelect={goTo} footer={startOverButton} />
        {/* Keyed by step: a new step starts at the top of its page. */}
        <div className="content-scroll" key={`scroll-${current}`}>
          <div className="content-inner">
            {error && (
              <div className="callout danger" role="alert">
                <p>{error.message}</p>
                <button type="button" onClick={() => setError(null)}>
                  Dismiss
                </button>
              </div>
            )}
            <StepView
              key={`${current}-${view.progress.startedAt}`}
              profileId={profileId}
              definition={stepById(current)}
              status={status}
              total={view.status.total}
              progress={view.progress}
              focusOnShow={navigated}
              onPatch={(patch) => void update(patch)}
              onGoTo={goTo}
              onError={setError}
            />
          </div>
        </div>
        <StepFooter
          key={`footer-${current}`}
          status={status}
          confirmedAt={view.progress.steps[current]?.completedAt}
          allDone={view.status.allDone}
          previous={neighbourStep(view.progress, current, -1)}
          next={neighbourStep(view.progress, current, 1)}
          onGoTo={goTo}
        />
      </main>
    </div>
  );
}
