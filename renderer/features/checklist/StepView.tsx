import { useEffect, useRef } from 'react';
import { choiceValue, resolveStep } from '../../../shared/checklist/evaluate.ts';
import type { Progress, ProgressPatch, StepStatus } from '../../../shared/checklist/progress.ts';
import type { StepDefinition } from '../../../shared/checklist/schema.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { Background } from './Background.tsx';
import { Callout } from './Callout.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { ConsolePaths } from './ConsolePaths.tsx';
import { EmbeddedWidgets } from './EmbeddedWidgets.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { Illustrations } from './Illustrations.tsx';
import { StepInputs } from './StepInputs.tsx';
import { SubActionList } from './SubActionList.tsx';
import type { UiError } from '../../lib/assistant.ts';

export interface StepViewProps {
  profileId: string;
  definition: StepDefinition;
  status: StepStatus;
  total: number;
  progress: Progress;
  /** Move focus to the heading when shown (after the admin changed step, not on first load). */
  focusOnShow: boolean;
  onPatch: (patch: ProgressPatch) => void;
  onGoTo: (id: StepId) => void;
  onError: (error: UiError) => void;
}

/**
 * One step, rendered from its data, in the order an admin works: what to do now (the step's own widget or its
 * instructions), then the pictures, then the background on one line with "More". Back, Next and the step's state
 * sit in the footer (StepFooter), outside this scrolling article.
 */
export function StepView({ profileId, definition, status, total, progress, focusOnShow, onPatch, onGoTo, onError }: StepViewProps) {
  const step = resolveStep(definition, progress);
  const saved = progress.steps[step.id];
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  const warnings = step.callouts.filter((c) => c.kind === 'warning');
  const cautions = step.callouts.filter((c) => c.kind === 'caution');
  const notes = step.callouts.filter((c) => c.kind === 'note');
  // A widget that completes the step is its primary control: it comes before the ticks that follow it. A step that
  // says widgetsFirst puts all its widgets first (its console instructions follow the check they depend on).
  const primaryWidgets = step.widgetsFirst ? step.widgets : step.widgets.filter((w) => w.gate);
  const otherWidgets = step.widgetsFirst ? [] : step.widgets.filter((w) => !w.gate);
  const widgets = (list: typeof step.widgets) =>
    list.length > 0 && <EmbeddedWidgets profileId={profileId} stepId={step.id} embedded={list} goToStep={onGoTo} />;

  return (
    <article className="step-view" aria-labelledby="step-title">
      <p className="step-number muted">
        Step {status.number} of {total}
      </p>
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {step.title}
      </h1>
      {status.blocked && status.blockedReason && (
        <div className="callout caution compact" role="note" aria-label="Blocked">
          <p>
            <strong>Blocked:</strong> {status.blockedReason} You can read this step now and finish it afterwards.
          </p>
        </div>
      )}
      {warnings.map((c) => (
        <Callout key={c.title} callout={c} />
      ))}
      <div className={`step-body ${step.screenshots.length > 0 ? 'with-pictures' : ''}`}>
        <div className="step-main">
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
          {widgets(primaryWidgets)}
          <StepInputs profileId={profileId} step={step} saved={saved} onSave={(input, value) => onPatch({ op: 'input', step: step.id, input, value })} onError={onError} />
          <SubActionList profileId={profileId} step={step} saved={saved} onTick={(action, checked) => onPatch({ op: 'tick', step: step.id, action, checked })} onError={onError} />
          {cautions.map((c) => (
            <Callout key={c.title} callout={c} />
          ))}
        </div>
        {/* Beside the instructions in a wide window (their badges side by side), after them in a narrow one. */}
        <Illustrations shots={step.screenshots} />
      </div>
      {widgets(otherWidgets)}
      <Background why={step.why} intro={step.intro} notes={notes} />
      <EvidencePanel profileId={profileId} step={step.id} secretOnScreen={step.secretOnScreen} />
    </article>
  );
}
