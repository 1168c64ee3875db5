import * as Dialog from '@radix-ui/react-dialog';
import { Maximize2, X } from 'lucide-react';
import type { Screenshot } from '../../../shared/checklist/schema.ts';

/** Picture k of the step, as the thumbnails and the badge references beside instructions both say it. */
export const pictureLabel = (index: number): string => `Picture ${index + 1}`;

/**
 * A generated illustration in the theme of the window: `renderer/public/screens/<name>.png` and `<name>.dark.png`,
 * both rendered by `npm run screenshots`; the browser picks by prefers-color-scheme.
 */
function ThemedImage({ name, alt, className }: { name: string; alt: string; className?: string }) {
  return (
    <picture>
      <source srcSet={`/screens/${name}.dark.png`} media="(prefers-color-scheme: dark)" />
      <img className={className} src={`/screens/${name}.png`} alt={alt} width={1000} loading="lazy" />
    </picture>
  );
}

/** One thumbnail that opens its picture full size in a dialog (Enter or click; Esc or the close button closes). */
function Thumbnail({ shot, index }: { shot: Screenshot; index: number }) {
  return (
    <li className="illustration">
      <Dialog.Root>
        <Dialog.Trigger asChild>
          <button type="button" className="illustration-thumb">
            <ThemedImage name={shot.name} alt="" />
            <span className="illustration-label">
              <span className="visually-hidden">Enlarge </span>
              <Maximize2 size={14} aria-hidden /> {pictureLabel(index)}
            </span>
            <span className="illustration-caption">{shot.caption.replace(/\s*Illustration — your (console|portal) may differ\.$/, '')}</span>
          </button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog-content illustration-dialog">
            <div className="illustration-dialog-head">
              <Dialog.Title>
                {pictureLabel(index)}: {shot.caption}
              </Dialog.Title>
              <Dialog.Close asChild>
                <button type="button" className="icon" aria-label="Close the picture">
                  <X size={16} aria-hidden /> Close
                </button>
              </Dialog.Close>
            </div>
            <Dialog.Description className="visually-hidden">{shot.alt}</Dialog.Description>
            <ThemedImage className="illustration-full" name={shot.name} alt={shot.alt} />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </li>
  );
}

/** The step's illustrations as a row of thumbnails; the numbered badges in them match the numbered instructions. */
export function Illustrations({ shots }: { shots: Screenshot[] }) {
  if (shots.length === 0) return null;
  return (
    <section aria-labelledby="step-screens" className="step-section step-pictures">
      <h2 id="step-screens" className="section-label">
        What it looks like
      </h2>
      <ul className="illustrations">
        {shots.map((shot, index) => (
          <Thumbnail key={shot.name} shot={shot} index={index} />
        ))}
      </ul>
    </section>
  );
}
