import { useId, type ReactNode } from 'react';
import type { IpRangeError } from '../../../shared/ip-ranges/result.ts';

export interface RangeListFieldProps {
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** This list's unreadable entries, with line numbers. */
  errors: readonly IpRangeError[];
  placeholder: string;
  /** Extra controls under the field (the file import). */
  children?: ReactNode;
}

/** A list of ranges with its hint and its line-numbered errors, both tied to the text area for screen readers. */
export function RangeListField({ label, hint, value, onChange, onBlur, errors, placeholder, children }: RangeListFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="field-hint">
        {hint}
      </span>
      <textarea
        id={id}
        rows={6}
        spellCheck={false}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={errors.length > 0 ? `${hintId} ${errorsId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {errors.length > 0 && (
        <ul id={errorsId} className="field-error ip-range-errors">
          {errors.map((e, index) => (
            <li key={`${e.line}-${index}`}>
              Line {e.line}: {e.message}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
