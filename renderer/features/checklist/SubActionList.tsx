import type { StepProgress } from '../../../shared/checklist/progress.ts';
import type { StepDefinition } from '../../../shared/checklist/schema.ts';
import { CopyButton } from './CopyButton.tsx';

interface Props {
  profileId: string;
  step: StepDefinition;
  saved: StepProgress | undefined;
  onTick: (action: string, checked: boolean) => void;
  onError: (message: string) => void;
}

/** What to do in the console, one checkbox each, with the value to paste beside the action that needs it. */
export function SubActionList({ profileId, step, saved, onTick, onError }: Props) {
  if (step.actions.length === 0) return null;
  const usedValues = new Set(step.actions.map((a) => a.copyValueId));
  const looseValues = step.copyValues.filter((v) => !usedValues.has(v.id));
  return (
    <section aria-labelledby="step-actions" className="step-section">
      <h2 id="step-actions">{step.id === 'before-you-start' ? 'Confirm' : 'In the console'}</h2>
      <ul className="sub-actions">
        {step.actions.map((action) => {
          const id = `action-${step.id}-${action.id}`;
          const value = step.copyValues.find((v) => v.id === action.copyValueId);
          return (
            <li key={action.id}>
              <input
                type="checkbox"
                id={id}
                checked={Boolean(saved?.ticks[action.id])}
                onChange={(e) => onTick(action.id, e.currentTarget.checked)}
                aria-describedby={action.detail ? `${id}-detail` : undefined}
              />
              <div>
                <label htmlFor={id}>
                  {action.label}
                  {!action.required && <span className="optional-tag"> (optional)</span>}
                </label>
                {action.detail && (
                  <div id={`${id}-detail`} className="field-hint">
                    {action.detail}
                  </div>
                )}
                {value && (
                  <div className="copy-value">
                    <code>{value.value}</code>
                    <CopyButton profileId={profileId} step={step.id} item={value.id} label={value.label} onError={onError} />
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {looseValues.map((value) => (
        <div key={value.id} className="copy-value">
          <span>{value.label}:</span> <code>{value.value}</code>
          <CopyButton profileId={profileId} step={step.id} item={value.id} label={value.label} onError={onError} />
        </div>
      ))}
    </section>
  );
}
