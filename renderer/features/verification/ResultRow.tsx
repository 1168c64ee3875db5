import { CircleCheck, CircleDashed, CircleX, LoaderCircle, MinusCircle } from 'lucide-react';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';

export type RowStatus = 'idle' | 'running' | 'passed' | 'failed' | 'skipped';

export interface ResultRowProps {
  title: string;
  detail?: string;
  status: RowStatus;
  message?: string;
  /** A fact beside the result, e.g. the log's recent events. */
  note?: string;
  hint?: string;
  /** The step where the failure is fixed; shown as a link unless it is the step on screen. */
  fixStep?: StepId;
  currentStep: StepId;
  goToStep: (id: StepId) => void;
}

const look: Record<RowStatus, { word: string; Icon: typeof CircleCheck }> = {
  idle: { word: 'Not run yet', Icon: CircleDashed },
  running: { word: 'Checking…', Icon: LoaderCircle },
  passed: { word: 'Passed', Icon: CircleCheck },
  failed: { word: 'Failed', Icon: CircleX },
  skipped: { word: 'Not checked', Icon: MinusCircle },
};

/**
 * One row of the results: the status in words as well as by icon and colour, and for a failure what to do. A passed
 * row folds to one line (what Mimecast answered opens on request), so a good result fits beside the step's action.
 */
export function ResultRow({ title, detail, status, message, note, hint, fixStep, currentStep, goToStep }: ResultRowProps) {
  const { word, Icon } = look[status];
  const heading = (
    <>
      <span>{title}</span>
      <span className="verification-row-status">{word}</span>
    </>
  );
  const facts = (
    <>
      {detail && <p className="muted verification-row-detail">{detail}</p>}
      {message && status !== 'running' && <p className="verification-row-message">{message}</p>}
      {note && status !== 'running' && <p className="verification-row-note">{note}</p>}
    </>
  );
  return (
    <li className={`verification-row ${status}`} data-status={status} aria-busy={status === 'running' || undefined}>
      <Icon size={20} aria-hidden className={status === 'running' ? 'verification-spinner' : undefined} />
      {status === 'passed' ? (
        <details className="verification-row-body">
          <summary className="verification-row-title">{heading}</summary>
          {facts}
        </details>
      ) : (
        <div className="verification-row-body">
          <p className="verification-row-title">{heading}</p>
          {facts}
          {status === 'failed' && hint && <p className="verification-row-hint">What to do: {hint}</p>}
          {status === 'failed' && fixStep && fixStep !== currentStep && (
            <button type="button" className="verification-fix" onClick={() => goToStep(fixStep)}>
              Go to the step “{stepById(fixStep).title}”
            </button>
          )}
        </div>
      )}
    </li>
  );
}
