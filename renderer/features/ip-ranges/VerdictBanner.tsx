import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import type { IpRangeCheckResult } from '../../../shared/ip-ranges/result.ts';

export interface VerdictBannerProps {
  result: IpRangeCheckResult;
  /** A recorded MSP acknowledgement covers this list. */
  acknowledgedAt: string | null;
}

/**
 * The verdict, worded for the admin. A caution interrupts (role=alert); ok and "fix these lines" are announced
 * politely (role=status) so typing in the lists does not set off an alert at every keystroke.
 */
export function VerdictBanner({ result, acknowledgedAt }: VerdictBannerProps) {
  if (result.verdict === 'invalid') {
    const count = result.errors.length;
    return (
      <div className="callout danger ip-verdict" role="status" data-verdict="invalid">
        <p className="callout-title">
          <CircleAlert size={18} aria-hidden /> {count} {count === 1 ? 'entry' : 'entries'} could not be read
        </p>
        <p>Fix the lines marked under the lists. The check runs again as you type.</p>
      </div>
    );
  }
  if (result.verdict === 'caution') {
    return (
      <div className="callout caution ip-verdict" role="alert" data-verdict="caution">
        <p className="callout-title">
          <TriangleAlert size={18} aria-hidden /> Caution: your list holds only Arctic Wolf addresses
        </p>
        <p>
          Every range you entered lies inside the Arctic Wolf ranges. Saved in Mimecast, this list shuts every account
          except managed service providers out of the Administration Console. Add the public ranges your administrators
          sign in from.
        </p>
        {acknowledgedAt && <p>Acknowledged by a managed service provider on {new Date(acknowledgedAt).toLocaleString()}.</p>}
      </div>
    );
  }
  const count = result.adminRanges.length;
  return (
    <div className="callout success ip-verdict" role="status" data-verdict="ok">
      <p className="callout-title">
        <CircleCheck size={18} aria-hidden /> {count === 0 ? 'No admin ranges entered' : 'OK: not only Arctic Wolf addresses'}
      </p>
      <p>
        {count === 0
          ? 'That is fine: this step is optional, and without ranges Mimecast applies no IP restriction.'
          : `Your ${count} ${count === 1 ? 'range includes' : 'ranges include'} addresses outside the Arctic Wolf ranges.${result.warnings.length > 0 ? ' Read the points below before you save.' : ''}`}
      </p>
    </div>
  );
}
