import { Eye } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { keyFieldProps } from './key-field-props.ts';

export interface SecretFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
}

/**
 * The Client Secret input: masked, with a hold-to-peek button so the admin can compare it with the Mimecast dialog
 * before saving. It shows the text only while held (pointer or Space/Enter), so a screenshot later finds it masked.
 */
export function SecretField({ id, label, hint, value, onChange, describedBy }: SecretFieldProps) {
  const [peeking, setPeeking] = useState(false);
  const show = () => setPeeking(true);
  const hide = () => setPeeking(false);
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      show();
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="field-hint">
        {hint}
      </span>
      <div className="secret-input">
        <input
          id={id}
          type={peeking ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...keyFieldProps}
          aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
        />
        <button
          type="button"
          className="icon"
          aria-label={`Hold to show the ${label}`}
          aria-pressed={peeking}
          disabled={value === ''}
          onPointerDown={show}
          onPointerUp={hide}
          onPointerLeave={hide}
          onPointerCancel={hide}
          onKeyDown={keyDown}
          onKeyUp={hide}
          onBlur={hide}
        >
          <Eye size={16} aria-hidden /> <span>Hold to show</span>
        </button>
      </div>
    </div>
  );
}
