import type { Choice, Condition, DeploymentKind, InputField, StepDefinition } from './schema.ts';
import type { ChecklistStatus, Progress, StepState, StepStatus } from './progress.ts';
import type { StepId } from './step-ids.ts';
import { checklistSteps } from './steps/index.ts';

/**
 * Pure functions from (step definitions, saved progress) to what the UI shows: which steps apply, which parts of a
 * step are visible for the admin's choices, whether a step is complete or blocked, and overall progress.
 */

const choicesById = new Map<string, Choice>(checklistSteps.flatMap((step) => step.choices.map((c) => [c.id, c] as const)));

export function choiceDefinition(id: string): Choice | undefined {
  return choicesById.get(id);
}

/** The picked value, else the choice's default (used for display only; required choices still need a pick). */
export function choiceValue(progress: Progress, choiceId: string): string | undefined {
  return progress.choices[choiceId]?.value ?? choicesById.get(choiceId)?.defaultValue;
}

function deploymentKind(progress: Progress): DeploymentKind {
  return choiceValue(progress, 'deployment') === 'migration' ? 'migration' : 'new';
}

function conditionsHold(when: readonly Condition[] | undefined, progress: Progress): boolean {
  return (when ?? []).every((c) => {
    const value = choiceValue(progress, c.choice);
    return value !== undefined && c.oneOf.includes(value);
  });
}

/** The steps that apply to the chosen deployment kind, in order. */
export function visibleSteps(progress: Progress, steps: readonly StepDefinition[] = checklistSteps): StepDefinition[] {
  const kind = deploymentKind(progress);
  return steps.filter((step) => step.appliesTo.includes(kind));
}

/** The step as the admin sees it: every list filtered by its `when` conditions. */
export function resolveStep(step: StepDefinition, progress: Progress): StepDefinition {
  const shown = <T extends { when?: Condition[] | undefined }>(items: readonly T[]): T[] => items.filter((i) => conditionsHold(i.when, progress));
  return {
    ...step,
    choices: shown(step.choices),
    consolePaths: shown(step.consolePaths),
    copyValues: shown(step.copyValues),
    actions: shown(step.actions),
    callouts: shown(step.callouts),
    inputs: shown(step.inputs),
    screenshots: shown(step.screenshots),
    widgets: shown(step.widgets),
  };
}

// Deliberately simple: Mimecast checks that the address exists; we only catch typos before the admin pastes it.
const EMAIL_FORM = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Why an input's value is not acceptable yet, or undefined when it is. */
export function inputProblem(field: InputField, raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return field.required ? `Enter the ${field.label}.` : undefined;
  if (value.length > field.maxLength) return `Keep the ${field.label} to ${field.maxLength} characters or fewer.`;
  if (field.kind === 'email' && !EMAIL_FORM.test(value)) {
    return `“${value}” is not an email address. Use the form name@example.com — an address that exists in your Mimecast directory.`;
  }
  return undefined;
}

const widgetNames: Record<string, string> = {
  'credentials-capture': 'Store the Client ID and Client Secret',
  verification: 'Verify the keys',
  'ip-ranges-check': 'Check the Admin IP Ranges',
  handoff: 'Confirm the hand-off to Arctic Wolf',
  lifecycle: 'Set up the credential reminders',
};

/** How a missing tick is worded in `missing`, so the UI can summarise a long list of boxes. */
export const MISSING_TICK_PREFIX = 'Tick: ';

export interface StepEvaluation {
  complete: boolean;
  blocked: boolean;
  blockedReason?: string;
  missing: string[];
}

export function evaluateStep(definition: StepDefinition, progress: Progress): StepEvaluation {
  const step = resolveStep(definition, progress);
  const saved = progress.steps[step.id];
  const missing: string[] = [];
  for (const choice of step.choices) {
    if (choice.required && !progress.choices[choice.id]) missing.push(`Answer: ${choice.question}`);
  }
  for (const action of step.actions) {
    if (action.required && !saved?.ticks[action.id]) missing.push(`${MISSING_TICK_PREFIX}${action.label}`);
  }
  for (const field of step.inputs) {
    const problem = inputProblem(field, saved?.inputs[field.id]?.value);
    if (problem) missing.push(problem);
  }
  for (const widget of step.widgets) {
    if (!widget.gate) continue;
    const gate = progress.gates[widget.id];
    if (!gate?.satisfied) missing.push(gate?.reason ? `${widgetNames[widget.id] ?? widget.id}: ${gate.reason}` : `${widgetNames[widget.id] ?? widget.id}.`);
  }
  const blocker = step.blockedUntil.find((b) => !progress.gates[b.widget]?.satisfied);
  const blocked = blocker !== undefined;
  return {
    complete: !blocked && missing.length === 0,
    blocked,
    ...(blocker ? { blockedReason: blocker.reason } : {}),
    missing: blocked ? [blocker.reason, ...missing] : missing,
  };
}

/** The saved current step, or the nearest applicable one when the deployment kind changed under it. */
export function currentStepId(progress: Progress): StepId {
  const steps = visibleSteps(progress);
  if (steps.some((s) => s.id === progress.currentStep)) return progress.currentStep;
  return steps[steps.length - 1]!.id;
}

export function checklistStatus(progress: Progress): ChecklistStatus {
  const current = currentStepId(progress);
  const steps: StepStatus[] = visibleSteps(progress).map((definition, index) => {
    const evaluation = evaluateStep(definition, progress);
    const state: StepState = definition.id === current ? 'current' : evaluation.complete ? 'done' : evaluation.blocked ? 'blocked' : 'todo';
    return {
      id: definition.id,
      number: index + 1,
      state,
      complete: evaluation.complete,
      blocked: evaluation.blocked,
      ...(evaluation.blockedReason ? { blockedReason: evaluation.blockedReason } : {}),
      missing: evaluation.complete ? [] : evaluation.missing,
    };
  });
  const done = steps.filter((s) => s.complete).length;
  return { steps, done, total: steps.length, percent: Math.round((done / steps.length) * 100), allDone: done === steps.length };
}

/** The step after / before `id` among those that apply, for Back and Next. */
export function neighbourStep(progress: Progress, id: StepId, direction: 1 | -1): StepId | undefined {
  const steps = visibleSteps(progress);
  const index = steps.findIndex((s) => s.id === id);
  return index < 0 ? undefined : steps[index + direction]?.id;
}
