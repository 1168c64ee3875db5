import { AlertTriangle, Info, OctagonAlert } from 'lucide-react';
import type { Callout as CalloutData } from '../../../shared/checklist/schema.ts';

const look = {
  note: { className: 'note', word: 'Note', Icon: Info },
  caution: { className: 'caution', word: 'Caution', Icon: AlertTriangle },
  warning: { className: 'danger', word: 'Warning', Icon: OctagonAlert },
} as const;

/** A note, caution or warning, title and text in one paragraph; the kind is said in words as well as shown by colour. */
export function Callout({ callout }: { callout: CalloutData }) {
  const { className, word, Icon } = look[callout.kind];
  return (
    <div className={`callout ${className}`} role="note" aria-label={`${word}: ${callout.title}`}>
      <p>
        <span className="callout-title inline">
          <Icon size={16} aria-hidden />
          <span>
            {word}: {callout.title}.
          </span>
        </span>{' '}
        {callout.text}
      </p>
    </div>
  );
}
