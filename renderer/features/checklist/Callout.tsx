import { AlertTriangle, Info, OctagonAlert } from 'lucide-react';
import type { Callout as CalloutData } from '../../../shared/checklist/schema.ts';

const look = {
  note: { className: 'note', word: 'Note', Icon: Info },
  caution: { className: 'caution', word: 'Caution', Icon: AlertTriangle },
  warning: { className: 'danger', word: 'Warning', Icon: OctagonAlert },
} as const;

/** A note, caution or warning; the kind is said in words as well as shown by colour. */
export function Callout({ callout }: { callout: CalloutData }) {
  const { className, word, Icon } = look[callout.kind];
  return (
    <div className={`callout ${className}`} role="note" aria-label={`${word}: ${callout.title}`}>
      <p className="callout-title">
        <Icon size={18} aria-hidden />
        <span>
          {word}: {callout.title}
        </span>
      </p>
      <p>{callout.text}</p>
    </div>
  );
}
