import type { StepProgress } from '../../../shared/checklist/progress.ts';
import type { BadgeLink, StepDefinition } from '../../../shared/checklist/schema.ts';
import { CopyButton } from './CopyButton.tsx';
import { pictureLabel } from './Illustrations.tsx';
import type { UiError } from '../../lib/assistant.ts';

interface Props {
  profileId: string;
  step: StepDefinition;
  saved: StepProgress | undefined;
  onTick: (action: string, checked: boolean) => void;
  onError: (error: UiError) => void;
}

/**
 * The numbered badges of the step's pictures that mark where an instruction happens, drawn like the badges in the
 * pictures; "in Picture 2" only when the step has more than one picture.
 */
function BadgeRefs({ links, pictures }: { links: BadgeLink[]; pictures: string[] }) {
  const shown = links.filter((l) => pictures.includes(l.screenshot));
  if (shown.length === 0) return null;
  const where = (l: BadgeLink): string => (pictures.length > 1 ? ` in ${pictureLabel(pictures.indexOf(l.screenshot))}` : ' in the picture');
  const spoken = shown.map((l) => `${l.badge}${where(l)}`).join(', ');
  const pictureNote = pictures.length > 1 ? pictureLabel(pictures.indexOf(shown[0]!.screenshot)) : undefined;
  return (
    <span className="badge-refs">
      <span className="visually-hidden">(marked {spoken})</span>
      {shown.map((l) => (
        <span key={`${l.screenshot}-${l.badge}`} className="badge-ref" aria-hidden title={`Marked ${l.badge}${where(l)}`}>
          {l.badge}
        </span>
      ))}
      {pictureNote && (
        <span className="badge-picture" aria-hidden>
          {pictureNote}
        </span>
      )}
    </span>
  );
}

/** What to do in the console, one checkbox each, with the value to paste beside the action that needs it. */
export function SubActionList({ profileId, step, saved, onTick, onError }: Props) {
  if (step.actions.length === 0) return null;
  const pictures = step.screenshots.map((s) => s.name);
  const usedValues = new Set(step.actions.map((a) => a.copyValueId));
  const looseValues = step.copyValues.filter((v) => !usedValues.has(v.id));
  return (
    <section aria-labelledby="step-actions" className="step-section">
      <h2 id="step-actions" className="section-label">
        {step.id === 'before-you-start' ? 'Confirm' : 'In the console'}
      </h2>
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
                {action.badges && <BadgeRefs links={action.badges} pictures={pictures} />}
                {action.detail && (
                  <div id={`${id}-detail`} className="field-hint">
                    {action.detail}
                  </div>
                )}
                {value && (
                  <div className="copy-value">
                    <CopyButton profileId={profileId} step={step.id} item={value.id} label={value.label} onError={onError} />
                    <code>{value.value}</code>
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
