import { z } from 'zod';
import { itemIdSchema } from './schema.ts';
import { stepIdSchema, widgetIdSchema } from './step-id-schemas.ts';
import type { WidgetId } from './step-ids.ts';

/**
 * The profile section `progress`: where the admin is in the checklist, and when each thing was confirmed (the
 * completion report prints these times). Holds no secret: ticks, choices, a contact name and email.
 */
const at = z.iso.datetime();

const INPUT_MAX = 254;
const GATE_REASON_MAX = 500;

export const stepProgressSchema = z.object({
  /** Ticked sub-actions, with when each was ticked. */
  ticks: z.record(itemIdSchema, z.object({ at })),
  inputs: z.record(itemIdSchema, z.object({ value: z.string().max(INPUT_MAX), at })),
  firstVisitedAt: at.optional(),
  /** When the step last became complete ("confirmed at"); removed when it stops being complete. */
  completedAt: at.optional(),
  /** The OS account that was signed in when the step was completed. */
  completedBy: z.string().max(256).optional(),
});
export type StepProgress = z.infer<typeof stepProgressSchema>;

/**
 * What the service behind a feature widget last decided: may the step that embeds it be completed? Services in the
 * main process report it (`ProgressService.reportGate`) whenever their state changes.
 */
const gateStateSchema = z.object({
  satisfied: z.boolean(),
  /** Why not (or what was confirmed), in words for the admin; shown in the step. */
  reason: z.string().max(GATE_REASON_MAX).optional(),
  at,
});
export type GateState = z.infer<typeof gateStateSchema>;

export const progressSchema = z.object({
  currentStep: stepIdSchema,
  /** Choice id → picked value (deployment kind, console generation, …). */
  choices: z.record(itemIdSchema, z.object({ value: itemIdSchema, at })),
  steps: z.partialRecord(stepIdSchema, stepProgressSchema),
  gates: z.partialRecord(widgetIdSchema, gateStateSchema),
  startedAt: at,
  updatedAt: at,
});
export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(now: Date): Progress {
  const iso = now.toISOString();
  return { currentStep: 'before-you-start', choices: {}, steps: {}, gates: {}, startedAt: iso, updatedAt: iso };
}

/**
 * One small change the renderer may ask for. The main process applies it and saves at once. A gate is not among
 * them: whether a widget's step may be completed is decided in the main process from the service's own state (the
 * IP check's verdict, the stored credentials, the last verification), so the window cannot talk its way past a
 * caution.
 */
export const progressPatchSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('tick'), step: stepIdSchema, action: itemIdSchema, checked: z.boolean() }),
  z.object({ op: z.literal('choose'), choice: itemIdSchema, value: itemIdSchema }),
  z.object({ op: z.literal('input'), step: stepIdSchema, input: itemIdSchema, value: z.string().max(INPUT_MAX) }),
  z.object({ op: z.literal('goTo'), step: stepIdSchema }),
]);
export type ProgressPatch = z.infer<typeof progressPatchSchema>;

/** A main-process service reporting its widget's gate (never accepted over IPC). */
export interface GateReport {
  op: 'gate';
  widget: WidgetId;
  satisfied: boolean;
  reason?: string;
}

/** Every change the progress service applies: the renderer's patches and the services' gate reports. */
export type ProgressChange = ProgressPatch | GateReport;

export const stepStateSchema = z.enum(['done', 'current', 'blocked', 'todo']);
export type StepState = z.infer<typeof stepStateSchema>;

/** One row of the step list, computed from the definitions and the progress. */
export const stepStatusSchema = z.object({
  id: stepIdSchema,
  /** 1-based position among the steps that apply to this deployment. */
  number: z.number().int().positive(),
  /** The state the list shows; a current step can also be complete (`complete`). */
  state: stepStateSchema,
  complete: z.boolean(),
  blocked: z.boolean(),
  blockedReason: z.string().optional(),
  /** What is still missing, in words ("Tick: Click Save and Exit."). Empty when complete. */
  missing: z.array(z.string()),
});
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const checklistStatusSchema = z.object({
  steps: z.array(stepStatusSchema),
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  percent: z.number().int().min(0).max(100),
  allDone: z.boolean(),
});
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>;

/** What `progress.get` / `progress.update` answer: the saved state and what it means for the list. */
export const progressViewSchema = z.object({ profileId: z.string(), progress: progressSchema, status: checklistStatusSchema });
export type ProgressView = z.infer<typeof progressViewSchema>;
