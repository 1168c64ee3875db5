import { ArrowLeft, ArrowRight, CheckCircle2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { choiceValue, MISSING_TICK_PREFIX, resolveStep } from '../../../shared/checklist/evaluate.ts';
import type { Progress, ProgressPatch, StepStatus } from '../../../shared/checklist/progress.ts';
import type { StepDefinition } from '../../../shared/checklist/schema.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { Callout } from './Callout.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { ConsolePaths } from './ConsolePaths.tsx';
import { EmbeddedWidgets } from './EmbeddedWidgets.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { Screenshots } from './Screenshots.tsx';
import { StepInputs } from './StepInputs.tsx';
import { SubActionList } from './SubActionList.tsx';

export interface StepViewProps {
  profileId: string;
  definition: StepDefinition;
  status: StepStatus;
  total: number;
  progress: Progress;
  previous: StepId | undefined;
  next: StepId | undefined;
  /** Move focus to the heading when shown (after the admin changed step, not on first load). */
  focusOnShow: boolean;
  onPatch: (patch: ProgressPatch) => void;
  onGoTo: (id: StepId) => void;
  onError: (message: string) => void;
}

function Intro({ intro }: { intro: NonNullable<StepDefinition['intro']> }) {
  return (
    <>
      <section aria-labelledby="step-needs" className="step-section">
        <h2 id="step-needs">You need</h2>
        <ul>
          {intro.prerequisites.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="step-happens" className="step-section">
        <h2 id="step-happens">What will happen</h2>
        <ol>
          {intro.whatHappens.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ol>
        <h3>How long it takes</h3>
        <p>{intro.duration}</p>
      </section>
    </>
  );
}

/** A long run of unticked boxes reads better as one line; everything else is listed as it is. */
function summarise(missing: string[]): string[] {
  const ticks = missing.filter((m) => m.startsWith(MISSING_TICK_PREFIX));
  if (ticks.length <= 2) return missing;
  const rest = missing.filter((m) => !m.startsWith(MISSING_TICK_PREFIX));
  return [`Tick the ${ticks.length} remaining required boxes above.`, ...rest];
}

function Completion({ status, confirmedAt }: { status: StepStatus; confirmedAt: string | undefined }) {
  if (status.complete) {
    return (
      <div className="callout success" role="status">
        <p className="callout-title">
          <CheckCircle2 size={18} aria-hidden /> Step done
        </p>
        {confirmedAt && <p>Confirmed {new Date(confirmedAt).toLocaleString()}.</p>}
      </div>
    );
  }
  return (
    <section aria-labelledby="step-todo" className="step-section still-to-do">
      <h2 id="step-todo">{status.blocked ? 'Blocked — still to do' : 'Still to do'}</h2>
      <ul>
        {summarise(status.missing).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

/** One step, rendered from its data: every part optional, in the order an admin works through it. */
export function StepView({ profileId, definition, status, total, progress, previous, next, focusOnShow, onPatch, onGoTo, onError }: StepViewProps) {
  const step = resolveStep(definition, progress);
  const saved = progress.steps[step.id];
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  const warnings = step.callouts.filter((c) => c.kind === 'warning');
  // After the embedded check when the step says so: the console instructions follow the check they depend on.
  const actions = (
    <SubActionList profileId={profileId} step={step} saved={saved} onTick={(action, checked) => onPatch({ op: 'tick', step: step.id, action, checked })} onError={onError} />
  );
  const others = step.callouts.filter((c) => c.kind !== 'warning');

  return (
    <article className="step-view" aria-labelledby="step-title">
      <p className="step-number muted">
        Step {status.number} of {total}
      </p>
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {step.title}
      </h1>
      {status.blocked && status.blockedReason && (
        <div className="callout caution" role="note" aria-label="Blocked">
          <p className="callout-title">Blocked</p>
          <p>{status.blockedReason} You can read this step now and finish it afterwards.</p>
        </div>
      )}
      {warnings.map((c) => (
        <Callout key={c.title} callout={c} />
      ))}
      <section aria-labelledby="step-why" className="step-section">
        <h2 id="step-why">Why it matters</h2>
        <p>{step.why}</p>
      </section>
      {step.intro && <Intro intro={step.intro} />}
      {step.choices.map((choice) => (
        <ChoiceGroup
          key={choice.id}
          choice={choice}
          value={choiceValue(progress, choice.id)}
          picked={Boolean(progress.choices[choice.id])}
          onPick={(value) => onPatch({ op: 'choose', choice: choice.id, value })}
        />
      ))}
      <ConsolePaths paths={step.consolePaths} />
      {others.map((c) => (
        <Callout key={c.title} callout={c} />
      ))}
      <StepInputs profileId={profileId} step={step} saved={saved} onSave={(input, value) => onPatch({ op: 'input', step: step.id, input, value })} onError={onError} />
      {!step.widgetsFirst && actions}
      <Screenshots shots={step.screenshots} />
      <EmbeddedWidgets profileId={profileId} stepId={step.id} embedded={step.widgets} gates={progress.gates} goToStep={onGoTo} />
      {step.widgetsFirst && actions}
      <Completion status={status} confirmedAt={saved?.completedAt} />
      <EvidencePanel profileId={profileId} step={step.id} secretOnScreen={step.secretOnScreen} />
      <nav className="step-nav" aria-label="Step navigation">
        {previous ? (
          <button type="button" onClick={() => onGoTo(previous)}>
            <ArrowLeft size={16} aria-hidden /> Back: {stepById(previous).shortTitle}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" className="primary" onClick={() => onGoTo(next)}>
            Next: {stepById(next).shortTitle} <ArrowRight size={16} aria-hidden />
          </button>
        )}
      </nav>
    </article>
  );
}
