import { CheckCircle2, Circle, CircleDot, Lock } from 'lucide-react';
import { useId } from 'react';
import type { ChecklistStatus, StepStatus } from '../../../shared/checklist/progress.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';

/** The state in words, so it never depends on colour or an icon alone. */
function stateText(step: StepStatus): string {
  if (step.state === 'current') return step.complete ? 'Current, done' : step.blocked ? 'Current, blocked' : 'Current';
  return { done: 'Done', blocked: 'Blocked', todo: 'To do' }[step.state];
}

function StateIcon({ step }: { step: StepStatus }) {
  if (step.complete) return <CheckCircle2 size={16} aria-hidden />;
  if (step.blocked) return <Lock size={16} aria-hidden />;
  if (step.state === 'current') return <CircleDot size={16} aria-hidden />;
  return <Circle size={16} aria-hidden />;
}

/** The step list (the sidebar, or the step menu in a narrow window): every step that applies, its state, and the overall progress. */
export function StepList({ status, onSelect }: { status: ChecklistStatus; onSelect: (id: StepId) => void }) {
  // The list shows in the sidebar and, in a narrow window, in the step menu: ids must not repeat.
  const labelId = useId();
  return (
    <nav aria-label="Checklist steps">
      <div className="progress-summary">
        <strong id={labelId}>
          {status.done} of {status.total} steps done
        </strong>
        <div
          className="progress-bar"
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={status.total}
          aria-valuenow={status.done}
        >
          <span style={{ width: `${status.percent}%` }} />
        </div>
      </div>
      <ol className="step-list">
        {status.steps.map((step) => (
          <li key={step.id} className={step.complete ? 'done' : step.state}>
            <button
              type="button"
              aria-current={step.state === 'current' ? 'step' : undefined}
              title={step.blockedReason}
              onClick={() => onSelect(step.id)}
            >
              <StateIcon step={step} />
              <span>
                {step.number}. {stepById(step.id).shortTitle}
              </span>
              <span className="step-state">{stateText(step)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
