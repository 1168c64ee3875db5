import type { ConsolePath } from '../../../shared/checklist/schema.ts';

const consoleName = { mimecast: 'Mimecast Administration Console', 'arctic-wolf': 'Arctic Wolf Unified Portal' } as const;

/** Where to click, as a breadcrumb per console variant. */
export function ConsolePaths({ paths }: { paths: ConsolePath[] }) {
  if (paths.length === 0) return null;
  // One console for every variant (the usual case): name it once in the label, not before each path.
  const single = paths.every((p) => p.console === paths[0]!.console) ? paths[0]!.console : undefined;
  return (
    <section aria-labelledby="step-where" className="step-section">
      <h2 id="step-where" className="section-label">
        Where to go{single && <span className="console-name"> · {consoleName[single]}</span>}
      </h2>
      {paths.map((path) => (
        <div key={path.segments.join('>')} className="console-path">
          {!single && <span className="muted">{consoleName[path.console]}</span>}
          <ol className="breadcrumb" aria-label={`Path in the ${consoleName[path.console]}`}>
            {path.segments.map((segment) => (
              <li key={segment}>{segment}</li>
            ))}
          </ol>
          {path.note && <div className="field-hint">{path.note}</div>}
        </div>
      ))}
    </section>
  );
}
