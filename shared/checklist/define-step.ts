import type { StepDefinition, StepDefinitionInput } from './schema.ts';

type ListKeys = 'choices' | 'consolePaths' | 'copyValues' | 'actions' | 'callouts' | 'inputs' | 'screenshots' | 'widgets' | 'blockedUntil';

export type StepDefinitionDraft = Omit<StepDefinitionInput, ListKeys | 'secretOnScreen' | 'widgetsFirst'> &
  Partial<Pick<StepDefinitionInput, ListKeys | 'secretOnScreen' | 'widgetsFirst'>>;

/**
 * Writes a step with only the parts it uses; the rest default to empty. Deliberately no `stepDefinitionSchema.parse`
 * here: the step modules are part of the renderer's first screen, which stays free of zod. The types hold each step
 * to the schema's shape at compile time, and a unit test (test/unit/shared/checklist/steps/index.test.ts) parses
 * every step module's definitions with the schema, so a malformed step still fails `npm test`.
 */
export function defineStep(step: StepDefinitionDraft): StepDefinition {
  return {
    choices: [],
    consolePaths: [],
    copyValues: [],
    actions: [],
    callouts: [],
    inputs: [],
    screenshots: [],
    widgets: [],
    blockedUntil: [],
    secretOnScreen: false,
    widgetsFirst: false,
    ...step,
  };
}
