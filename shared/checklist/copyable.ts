import type { Progress } from './progress.ts';
import type { StepDefinition } from './schema.ts';

/**
 * The text behind a step's copy button: a suggested value (`copyValues`) or what the admin typed in a copyable input.
 * The main process looks it up itself, so the renderer never puts arbitrary text on the clipboard through us.
 */
export function copyableText(step: StepDefinition, progress: Progress, itemId: string): { label: string; text: string } | undefined {
  const suggested = step.copyValues.find((v) => v.id === itemId);
  if (suggested) return { label: suggested.label, text: suggested.value };
  const field = step.inputs.find((i) => i.id === itemId && i.copyable);
  const typed = field ? progress.steps[step.id]?.inputs[field.id]?.value.trim() : undefined;
  return field && typed ? { label: field.label, text: typed } : undefined;
}
