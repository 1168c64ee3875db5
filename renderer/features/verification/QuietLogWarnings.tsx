import { Info } from 'lucide-react';
import type { VerificationWarning } from '../../../shared/verification/report.ts';

/** The logs with no recent records: not a failure, but the admin should know before Arctic Wolf reports "Degraded". */
export function QuietLogWarnings({ warnings }: { warnings: VerificationWarning[] }) {
  const quiet = warnings.filter((w) => w.code === 'no-events');
  if (quiet.length === 0) return null;
  return (
    <div className="callout caution" role="note" aria-label="Quiet logs">
      <p className="callout-title">
        <Info size={16} aria-hidden /> {quiet.length === 1 ? 'One log has no recent events' : `${quiet.length} logs have no recent events`}
      </p>
      <ul className="verification-warnings">
        {quiet.map((w) => (
          <li key={`${w.code}:${w.check ?? ''}`}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}
