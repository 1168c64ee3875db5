import type { IpRangeWarning, IpRangeWarningCode } from '../../../shared/ip-ranges/result.ts';

const titles: Record<IpRangeWarningCode, string> = {
  'current-ip-not-covered': 'Lockout risk',
  'only-arctic-wolf': 'Only Arctic Wolf ranges',
  'arctic-wolf-not-covered': 'Arctic Wolf ranges left out',
  'partial-overlap': 'Partly Arctic Wolf',
  duplicate: 'Duplicate',
  contained: 'Already covered',
  'non-public': 'Not a public range',
  'very-broad': 'Very broad',
};

/**
 * The warnings, strongest first (the check orders them); the lockout risk is set apart as a danger. The
 * only-Arctic-Wolf warning is the caution banner's own text, so it is not repeated here.
 */
export function WarningList({ warnings: all }: { warnings: readonly IpRangeWarning[] }) {
  const warnings = all.filter((w) => w.code !== 'only-arctic-wolf');
  if (warnings.length === 0) return null;
  const [first, ...rest] = warnings;
  const lockout = first?.code === 'current-ip-not-covered' ? first : undefined;
  const others = lockout ? rest : warnings;
  return (
    <section aria-label="Warnings about your list" className="ip-warnings">
      {lockout && (
        <div className="callout danger" data-warning={lockout.code}>
          <p className="callout-title">{titles[lockout.code]}</p>
          <p>{lockout.message}</p>
        </div>
      )}
      {others.length > 0 && (
        <div className="callout caution">
          <p className="callout-title">
            {others.length} {others.length === 1 ? 'point' : 'points'} to check (they do not stop you)
          </p>
          <ul>
            {others.map((w, index) => (
              <li key={`${w.code}-${w.range}-${index}`} data-warning={w.code}>
                <strong>{titles[w.code]}:</strong> {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
