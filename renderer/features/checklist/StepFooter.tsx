import { ArrowLeft, ArrowRight, CheckCircle2 } from 'lucide-react';
import { useId, useState } from 'react';
import { MISSING_TICK_PREFIX } from '../../../shared/checklist/evaluate.ts';
import type { StepStatus } from '../../../shared/checklist/progress.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { formatDateTime, withLocalTimes } from '../../lib/time-format.ts';

interface Props {
  status: StepStatus;
  /** When the step was confirmed done (ISO). */
  confirmedAt: string | undefined;
  allDone: boolean;
  previous: StepId | undefined;
  next: StepId | undefined;
  onGoTo: (id: StepId) => void;
}

/** A long run of unticked boxes reads better as one line; everything else is listed as it is. */
function summariseMissing(missing: string[]): string[] {
  const ticks = missing.filter((m) => m.startsWith(MISSING_TICK_PREFIX));
  if (ticks.length <= 2) return missing;
  const rest = missing.filter((m) => !m.startsWith(MISSING_TICK_PREFIX));
  return [`Tick the ${ticks.length} remaining required boxes.`, ...rest];
}

/** The step's state in one line: done (and when), or the first thing it waits for with the rest one click away. */
function StepState({ status, confirmedAt, allDone, stateId }: Omit<Props, 'previous' | 'next' | 'onGoTo'> & { stateId: string }) {
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  if (status.complete) {
    return (
      <p id={stateId} className="footer-state done" role="status">
        <CheckCircle2 size={16} aria-hidden />
        <span>
          {allDone ? (
            <>
              <strong>Every step is done.</strong> Keep the app for the credential reminders; the completion report lists what was done and when.
            </>
          ) : (
            <>
              <strong>Step done</strong>
              {confirmedAt && <span className="muted"> · confirmed {formatDateTime(confirmedAt)}</span>}
            </>
          )}
        </span>
      </p>
    );
  }
  const items = summariseMissing(status.missing).map(withLocalTimes);
  const label = status.blocked ? 'Blocked — waiting for' : 'Waiting for';
  return (
    <section id={stateId} className="footer-state waiting" aria-label={label}>
      <div className="footer-waiting-line">
        <p>
          <strong>{label}:</strong> {items[0]}
        </p>
        {items.length > 1 && (
          <button type="button" className="text-button" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show less' : `and ${items.length - 1} more`}
          </button>
        )}
      </div>
      <ul id={listId} className="footer-missing" hidden={!showAll}>
        {items.slice(1).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Back, the step's state and Next, always in view at the bottom of the window. Next works before the step is done
 * (the admin may read ahead); it is described by the state, so it says what the step still waits for.
 */
export function StepFooter({ status, confirmedAt, allDone, previous, next, onGoTo }: Props) {
  const stateId = useId();
  return (
    <nav className="step-footer" aria-label="Step navigation">
      {previous ? (
        <button type="button" onClick={() => onGoTo(previous)}>
          <ArrowLeft size={16} aria-hidden /> <span className="footer-button-text">Back: {stepById(previous).shortTitle}</span>
        </button>
      ) : (
        <span />
      )}
      <StepState status={status} confirmedAt={confirmedAt} allDone={allDone} stateId={stateId} />
      {next ? (
        <button type="button" className={status.complete ? 'primary' : ''} aria-describedby={stateId} onClick={() => onGoTo(next)}>
          <span className="footer-button-text">Next: {stepById(next).shortTitle}</span> <ArrowRight size={16} aria-hidden />
        </button>
      ) : (
        <span />
      )}
    </nav>
  );
}
