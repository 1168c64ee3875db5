import { CheckCircle2, Circle, Lock } from 'lucide-react';
import type { StepId } from '../../../shared/checklist/step-ids.ts';

export type StepState = 'done' | 'current' | 'blocked' | 'todo';

export interface StepListItem {
  id: StepId;
  title: string;
  state: StepState;
}

const stateText: Record<StepState, string> = { done: 'Done', current: 'In progress', blocked: 'Blocked', todo: 'To do' };

/** The left-hand list: every step with its state in words (not colour alone) and the overall progress. */
export function StepList({ items, currentId, onSelect }: { items: StepListItem[]; currentId: StepId; onSelect: (id: StepId) => void }) {
  const done = items.filter((i) => i.state === 'done').length;
  return (
    <nav aria-label="Checklist steps">
      <div className="progress-summary">
        <strong>
          {done} of {items.length} steps done
        </strong>
        <div className="progress-bar" role="progressbar" aria-label="Checklist progress" aria-valuemin={0} aria-valuemax={items.length} aria-valuenow={done}>
          <span style={{ width: `${items.length ? (done / items.length) * 100 : 0}%` }} />
        </div>
      </div>
      <ol className="step-list">
        {items.map((item, index) => (
          <li key={item.id} className={item.state}>
            <button type="button" aria-current={item.id === currentId ? 'step' : undefined} onClick={() => onSelect(item.id)}>
              {item.state === 'done' ? <CheckCircle2 size={16} aria-hidden /> : item.state === 'blocked' ? <Lock size={16} aria-hidden /> : <Circle size={16} aria-hidden />}
              <span>
                {index + 1}. {item.title}
              </span>
              <span className="step-state">{stateText[item.state]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
