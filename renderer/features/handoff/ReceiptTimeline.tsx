import type { HandoffView } from '../../../shared/handoff/handoff-view.ts';
import { formatDateTime as when, withLocalTimes } from '../../lib/time-format.ts';

/** The receipt (once there is one), what happens next, and everything recorded for this profile, newest first (folded). */
export function ReceiptTimeline({ view }: { view: HandoffView }) {
  const { submission, confirmed } = view.section;
  const timeline = [...(view.section.timeline ?? [])].reverse();
  return (
    <div className="handoff-receipt">
      {submission && <h3>Receipt</h3>}
      {submission && (
        <dl className="handoff-facts">
          <dt>Submitted</dt>
          <dd>
            {when(submission.at)} by {submission.by}, through {submission.channel === 'intake' ? 'the HTTPS intake' : 'the Unified Portal'}
          </dd>
          <dt>Receipt</dt>
          <dd data-testid="handoff-receipt">{submission.receiptId ?? (submission.channel === 'portal' ? 'The portal gives none: the recorded outcome is the record.' : '—')}</dd>
          <dt>Confirmed</dt>
          <dd>{confirmed ? when(confirmed.at) : 'Not yet'}</dd>
        </dl>
      )}
      <h3 className={submission ? undefined : 'visually-hidden'}>What happens next</h3>
      <ul>
        {view.nextSteps.map((step) => (
          <li key={step}>{withLocalTimes(step)}</li>
        ))}
      </ul>
      {timeline.length > 0 && (
        <details className="handoff-timeline-box">
          <summary>Timeline ({timeline.length === 1 ? '1 entry' : `${timeline.length} entries`})</summary>
          <ol className="handoff-timeline" aria-label="Timeline">
            {timeline.map((entry) => (
              <li key={`${entry.at}-${entry.kind}-${entry.text}`}>
                <time dateTime={entry.at}>{when(entry.at)}</time> {withLocalTimes(entry.text)}
                {entry.by ? <span className="muted"> ({entry.by})</span> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
