import { useId, useState } from 'react';
import type { Callout as CalloutData, StepDefinition } from '../../../shared/checklist/schema.ts';
import { Callout } from './Callout.tsx';

interface Props {
  why: string;
  intro: StepDefinition['intro'];
  notes: CalloutData[];
}

/**
 * Why the step matters, and the notes that explain rather than instruct: one line until the admin asks for "More",
 * so what to do now stays on the first screen.
 */
export function Background({ why, intro, notes }: Props) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <section aria-labelledby="step-why" className={`step-section background ${open ? 'open' : ''}`}>
      <div className="background-line">
        <h2 id="step-why" className="section-label">
          Why it matters
        </h2>
        <p className="background-summary">{why}</p>
        <button type="button" className="text-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Less' : 'More'}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {intro && (
          <>
            <h3>You need</h3>
            <ul>
              {intro.prerequisites.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <h3>What will happen</h3>
            <ol>
              {intro.whatHappens.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
            <h3>How long it takes</h3>
            <p>{intro.duration}</p>
          </>
        )}
        {notes.map((c) => (
          <Callout key={c.title} callout={c} />
        ))}
      </div>
    </section>
  );
}
