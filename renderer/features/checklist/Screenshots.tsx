import type { Screenshot } from '../../../shared/checklist/schema.ts';

/** The generated illustrations of the console screen (renderer/public/screens, built by `npm run screenshots`). */
export function Screenshots({ shots }: { shots: Screenshot[] }) {
  if (shots.length === 0) return null;
  return (
    <section aria-labelledby="step-screens" className="step-section">
      <h2 id="step-screens">What it looks like</h2>
      {shots.map((shot) => (
        <figure key={shot.name} className="screenshot">
          <img src={`/screens/${shot.name}.png`} alt={shot.alt} width={1000} loading="lazy" />
          <figcaption>{shot.caption}</figcaption>
        </figure>
      ))}
    </section>
  );
}
