import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import type { IpRangeCheckResult } from '../../../shared/ip-ranges/result.ts';
import { formatDateTime } from '../../lib/time-format.ts';

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
    const unreadable = result.errors.filter((e) => e.input !== '').length;
    if (unreadable === 0) {
      // Where to find the ranges is said under the Arctic Wolf field; this only says why there is no verdict yet.
      return (
        <div className="callout note ip-verdict" role="status" data-verdict="invalid">
          <p className="callout-title">
            <CircleAlert size={18} aria-hidden /> Paste the Arctic Wolf ranges first
          </p>
          <p>Until the Arctic Wolf list holds a range, there is nothing to compare your list with.</p>
        </div>
      );
    }
    return (
      <div className="callout danger ip-verdict" role="status" data-verdict="invalid">
        <p className="callout-title">
          <CircleAlert size={18} aria-hidden /> {unreadable} {unreadable === 1 ? 'entry' : 'entries'} could not be read
        </p>
        <p>Fix the lines marked under the lists. The check runs again as you type.</p>
      </div>
    );
  }
  if (result.verdict === 'caution') {
    const lockout = result.warnings.find((w) => w.code === 'current-ip-not-covered');
    const onlyArcticWolf = result.warnings.find((w) => w.code === 'only-arctic-wolf');
    return (
      <div className="callout caution ip-verdict" role="alert" data-verdict="caution">
        <p className="callout-title">
          <TriangleAlert size={18} aria-hidden /> {lockout ? 'Caution: this list would lock you out' : 'Caution: your list holds only Arctic Wolf addresses'}
        </p>
        {lockout && <p>{lockout.message}</p>}
        {onlyArcticWolf && <p>{onlyArcticWolf.message}</p>}
        {acknowledgedAt ? (
          <p>Acknowledged by a managed service provider on {formatDateTime(acknowledgedAt)}.</p>
        ) : (
          <p>Do not save this list in Mimecast. The checked list is offered for copying once the caution is resolved.</p>
        )}
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
