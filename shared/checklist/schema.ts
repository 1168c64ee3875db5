import { z } from 'zod';
import { stepIdSchema, widgetIdSchema } from './step-id-schemas.ts';

/**
 * The shape of one checklist step, as data. Generic components render any step from this; the content of each step
 * lives in `steps/*.ts`. Everything here is plain text so it can go into the completion report as well.
 */

/** Ids inside a step (actions, inputs, copy values) and choice ids: short, stable, kebab-case. */
export const itemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'An item id is lower-case letters, digits and dashes.');

/** The deployment kinds the first step asks about; `migration` adds the "remove the API 1.0 application" step. */
const deploymentKinds = ['new', 'migration'] as const;
export const deploymentKindSchema = z.enum(deploymentKinds);
export type DeploymentKind = z.infer<typeof deploymentKindSchema>;

/** Shows a part of a step only when a choice (made on this or an earlier step) has one of the listed values. */
export const conditionSchema = z.object({ choice: itemIdSchema, oneOf: z.array(z.string().min(1)).min(1) });
export type Condition = z.infer<typeof conditionSchema>;
/** All conditions must hold; absent = always shown. */
const when = z.array(conditionSchema).optional();

const choiceOptionSchema = z.object({ value: itemIdSchema, label: z.string().min(1), description: z.string().optional() });

export const choiceSchema = z.object({
  id: itemIdSchema,
  question: z.string().min(1),
  options: z.array(choiceOptionSchema).min(2),
  /** Used for display until the admin picks; a `required` choice must still be picked explicitly to finish the step. */
  defaultValue: itemIdSchema.optional(),
  required: z.boolean(),
  when,
});
export type Choice = z.infer<typeof choiceSchema>;

/** Where to click, as breadcrumb segments ("Account", "Roles"). Several paths = console variants. */
export const consolePathSchema = z.object({
  /** Which console: the Mimecast Administration Console or the Arctic Wolf Unified Portal. */
  console: z.enum(['mimecast', 'arctic-wolf']),
  segments: z.array(z.string().min(1)).min(1),
  /** Extra words for this variant ("older portal", "location unconfirmed"). */
  note: z.string().optional(),
  when,
});
export type ConsolePath = z.infer<typeof consolePathSchema>;

/** A value the admin pastes into the console: a copy button beside it. */
const copyValueSchema = z.object({ id: itemIdSchema, label: z.string().min(1), value: z.string().min(1), when });
export type CopyValue = z.infer<typeof copyValueSchema>;

/**
 * Where an instruction happens in one of the step's illustrations: the numbered badge (`data-n` in the scene,
 * build/screens/<screenshot>.html) drawn on the control. The step view shows the same number beside the instruction.
 */
export const badgeLinkSchema = z.object({
  /** The illustration, by its `screenshots[].name` in the same step. */
  screenshot: z.string().regex(/^[a-z0-9-]+$/),
  badge: z.number().int().min(1).max(20),
});
export type BadgeLink = z.infer<typeof badgeLinkSchema>;

/** One thing to do in the console, ticked by the admin. Optional actions never hold a step back. */
const subActionSchema = z.object({
  id: itemIdSchema,
  label: z.string().min(1),
  detail: z.string().optional(),
  required: z.boolean(),
  /** A value to copy for this action (by id from the step's `copyValues`). */
  copyValueId: itemIdSchema.optional(),
  /** The badges in the step's illustrations that mark where this is done (usually one). */
  badges: z.array(badgeLinkSchema).optional(),
  when,
});
export type SubAction = z.infer<typeof subActionSchema>;

export const calloutSchema = z.object({
  /** note: useful to know · caution: can lock people out or lose data · warning: stop and read before clicking. */
  kind: z.enum(['note', 'caution', 'warning']),
  title: z.string().min(1),
  text: z.string().min(1),
  when,
});
export type Callout = z.infer<typeof calloutSchema>;

export const inputFieldSchema = z.object({
  id: itemIdSchema,
  label: z.string().min(1),
  kind: z.enum(['text', 'email']),
  required: z.boolean(),
  hint: z.string().optional(),
  placeholder: z.string().optional(),
  autoComplete: z.string().optional(),
  maxLength: z.number().int().positive(),
  /** Show a copy button so the admin can paste the value into the console. */
  copyable: z.boolean(),
  when,
});
export type InputField = z.infer<typeof inputFieldSchema>;

/** A generated illustration in `renderer/public/screens/<name>.png` (built by `npm run screenshots`). */
export const screenshotSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  alt: z.string().min(1),
  caption: z.string().min(1),
  when,
});
export type Screenshot = z.infer<typeof screenshotSchema>;

/**
 * A feature widget shown inside the step. With `gate: true` the step cannot be completed until the widget reports
 * its gate as satisfied (see `GateReport`: the main-process service reports it).
 */
export const embeddedWidgetSchema = z.object({ id: widgetIdSchema, gate: z.boolean(), when });
export type EmbeddedWidget = z.infer<typeof embeddedWidgetSchema>;

/** A step can be read at any time but not completed until another widget's gate is satisfied. */
const blockerSchema = z.object({ widget: widgetIdSchema, reason: z.string().min(1) });
export type Blocker = z.infer<typeof blockerSchema>;

export const stepDefinitionSchema = z.object({
  id: stepIdSchema,
  title: z.string().min(1),
  /** Shorter title for the step list. */
  shortTitle: z.string().min(1),
  why: z.string().min(1),
  appliesTo: z.array(deploymentKindSchema).min(1),
  /** Only on "before you start". */
  intro: z
    .object({
      prerequisites: z.array(z.string().min(1)).min(1),
      whatHappens: z.array(z.string().min(1)).min(1),
      duration: z.string().min(1),
    })
    .optional(),
  choices: z.array(choiceSchema),
  consolePaths: z.array(consolePathSchema),
  copyValues: z.array(copyValueSchema),
  actions: z.array(subActionSchema),
  callouts: z.array(calloutSchema),
  inputs: z.array(inputFieldSchema),
  screenshots: z.array(screenshotSchema),
  widgets: z.array(embeddedWidgetSchema),
  blockedUntil: z.array(blockerSchema),
  /** Where the secret is on screen: attaching screenshots here shows a warning never to capture it. */
  secretOnScreen: z.boolean(),
  /**
   * The embedded widgets come before the console actions: the admin checks something in the assistant before doing
   * it in the console (Admin IP Ranges: check the list, then paste and save it).
   */
  widgetsFirst: z.boolean(),
});
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;
export type StepDefinitionInput = z.input<typeof stepDefinitionSchema>;

/*
 * `defineStep` (define-step.ts) builds the step constants without parsing, so that the renderer's first screen does
 * not load zod; test/unit/shared/checklist/steps/index.test.ts parses every step with `stepDefinitionSchema`.
 */
