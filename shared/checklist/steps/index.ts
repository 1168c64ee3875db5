import type { StepDefinition } from '../schema.ts';
import { stepIds, type StepId } from '../step-ids.ts';
import { adminIpRanges } from './admin-ip-ranges.ts';
import { beforeYouStart } from './before-you-start.ts';
import { captureKeys } from './capture-keys.ts';
import { createApplication } from './create-application.ts';
import { createRole } from './create-role.ts';
import { generateKeys } from './generate-keys.ts';
import { handoff } from './handoff.ts';
import { notifications } from './notifications.ts';
import { removeApi1 } from './remove-api-1.ts';

/** Every step, in the order of `stepIds` (a unit test holds the two together). */
export const checklistSteps: readonly StepDefinition[] = [
  beforeYouStart,
  createRole,
  createApplication,
  notifications,
  generateKeys,
  captureKeys,
  adminIpRanges,
  handoff,
  removeApi1,
];

const byId = new Map<StepId, StepDefinition>(checklistSteps.map((step) => [step.id, step]));

export function stepById(id: StepId): StepDefinition {
  const step = byId.get(id);
  if (!step) throw new Error(`No checklist step “${id}”; known: ${stepIds.join(', ')}`);
  return step;
}
