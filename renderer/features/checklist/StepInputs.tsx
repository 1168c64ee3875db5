import { useState } from 'react';
import { inputProblem } from '../../../shared/checklist/evaluate.ts';
import type { StepProgress } from '../../../shared/checklist/progress.ts';
import type { InputField, StepDefinition } from '../../../shared/checklist/schema.ts';
import { CopyButton } from './CopyButton.tsx';
import type { UiError } from '../../lib/assistant.ts';

interface Props {
  profileId: string;
  step: StepDefinition;
  saved: StepProgress | undefined;
  onSave: (input: string, value: string) => void;
  onError: (error: UiError) => void;
}

/** One text field, saved when the admin leaves it (or presses Enter); its problem shows once there is something to judge. */
function StepInput({ profileId, step, field, savedValue, onSave, onError }: Omit<Props, 'saved'> & { field: InputField; savedValue: string }) {
  const [value, setValue] = useState(savedValue);
  const [touched, setTouched] = useState(savedValue !== '');
  const id = `input-${step.id}-${field.id}`;
  const problem = touched ? inputProblem(field, value) : undefined;
  const commit = () => {
    setTouched(true);
    if (value !== savedValue) onSave(field.id, value);
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {field.required ? '' : ' (optional)'}
      </label>
      <div className="row">
        <input
          id={id}
          type={field.kind}
          value={value}
          maxLength={field.maxLength}
          placeholder={field.placeholder}
          autoComplete={field.autoComplete}
          required={field.required}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[field.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].join(' ').trim() || undefined}
          onChange={(e) => setValue(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        {field.copyable && <CopyButton profileId={profileId} step={step.id} item={field.id} label={field.label} onError={onError} />}
      </div>
      {field.hint && (
        <div id={`${id}-hint`} className="field-hint">
          {field.hint}
        </div>
      )}
      {problem && (
        <div id={`${id}-error`} className="field-error">
          {problem}
        </div>
      )}
    </div>
  );
}

export function StepInputs({ step, saved, ...rest }: Props) {
  if (step.inputs.length === 0) return null;
  return (
    <section aria-labelledby="step-inputs" className="step-section">
      <h2 id="step-inputs" className="section-label">
        Your values
      </h2>
      {step.inputs.map((field) => (
        <StepInput key={field.id} step={step} field={field} savedValue={saved?.inputs[field.id]?.value ?? ''} {...rest} />
      ))}
    </section>
  );
}
