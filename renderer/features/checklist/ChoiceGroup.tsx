import type { Choice } from '../../../shared/checklist/schema.ts';

/** One question as radio buttons; the shown value is the pick, else the default (preselected but not yet confirmed). */
export function ChoiceGroup({ choice, value, picked, onPick }: { choice: Choice; value: string | undefined; picked: boolean; onPick: (value: string) => void }) {
  return (
    <fieldset className="choice-group">
      <legend>{choice.question}</legend>
      {choice.required && !picked && <p className="field-hint choice-required">Answer to finish this step.</p>}
      <div className="choice-options">
      {choice.options.map((option) => {
        const id = `choice-${choice.id}-${option.value}`;
        return (
          <div key={option.value} className="choice-option">
            <input
              type="radio"
              id={id}
              name={choice.id}
              value={option.value}
              checked={choice.required && !picked ? false : value === option.value}
              onChange={() => onPick(option.value)}
              aria-describedby={option.description ? `${id}-desc` : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.description && (
              <div id={`${id}-desc`} className="field-hint">
                {option.description}
              </div>
            )}
          </div>
        );
      })}
      </div>
    </fieldset>
  );
}
