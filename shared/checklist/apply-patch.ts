import { AppError } from '../errors.ts';
import { choiceDefinition, evaluateStep, visibleSteps } from './evaluate.ts';
import type { Progress, ProgressChange, StepProgress } from './progress.ts';
import type { StepId } from './step-ids.ts';
import { stepById } from './steps/index.ts';

export interface PatchContext {
  now: Date;
  /** Who is signed in to the computer, recorded as "completed by" (absent in the CLI tests). */
  actor?: string;
}

/** Error code for a patch that names something the checklist does not have (a stale or tampered renderer). */
export const UNKNOWN_ITEM = 'unknown-checklist-item';

function unknown(what: string): AppError {
  return new AppError(UNKNOWN_ITEM, `The checklist has no ${what}. Reload the window (Ctrl+R or Cmd+R); your progress is saved.`);
}

/**
 * Applies one change and returns the new progress (the input is not modified). Then records, for every step, when it
 * became complete — and forgets that time if it is no longer complete (an unticked box, a failed gate).
 */
export function applyPatch(previous: Progress, patch: ProgressChange, context: PatchContext): Progress {
  const at = context.now.toISOString();
  const next: Progress = structuredClone(previous);
  const stepOf = (id: StepId): StepProgress => (next.steps[id] ??= { ticks: {}, inputs: {} });

  switch (patch.op) {
    case 'tick': {
      if (!stepById(patch.step).actions.some((a) => a.id === patch.action)) throw unknown(`action “${patch.action}” in step “${patch.step}”`);
      const saved = stepOf(patch.step);
      if (patch.checked) saved.ticks[patch.action] ??= { at };
      else delete saved.ticks[patch.action];
      break;
    }
    case 'choose': {
      const choice = choiceDefinition(patch.choice);
      if (!choice) throw unknown(`question “${patch.choice}”`);
      if (!choice.options.some((o) => o.value === patch.value)) throw unknown(`answer “${patch.value}” to “${choice.question}”`);
      if (next.choices[patch.choice]?.value !== patch.value) next.choices[patch.choice] = { value: patch.value, at };
      break;
    }
    case 'input': {
      const field = stepById(patch.step).inputs.find((i) => i.id === patch.input);
      if (!field) throw unknown(`field “${patch.input}” in step “${patch.step}”`);
      if (patch.value.length > field.maxLength) {
        throw new AppError('invalid-request', `Keep the ${field.label} to ${field.maxLength} characters or fewer.`);
      }
      stepOf(patch.step).inputs[patch.input] = { value: patch.value, at };
      break;
    }
    case 'goTo': {
      next.currentStep = patch.step;
      stepOf(patch.step).firstVisitedAt ??= at;
      break;
    }
    case 'gate': {
      const before = next.gates[patch.widget];
      const reason = patch.reason?.trim() || undefined;
      if (before?.satisfied !== patch.satisfied || before.reason !== reason) {
        next.gates[patch.widget] = { satisfied: patch.satisfied, ...(reason ? { reason } : {}), at };
      }
      break;
    }
  }

  for (const step of visibleSteps(next)) {
    const complete = evaluateStep(step, next).complete;
    const saved = next.steps[step.id];
    if (complete && !saved?.completedAt) {
      next.steps[step.id] = { ticks: {}, inputs: {}, ...saved, completedAt: at, ...(context.actor ? { completedBy: context.actor } : {}) };
    } else if (!complete && saved?.completedAt) {
      delete saved.completedAt;
      delete saved.completedBy;
    }
  }
  next.updatedAt = at;
  return next;
}
