import type { HandoffView } from '../../../shared/handoff/handoff-view.ts';

const when = (iso: string): string => new Date(iso).toLocaleString();

/** The receipt, what happens next, and everything recorded for this profile, newest first. */
export function ReceiptTimeline({ view }: { view: HandoffView }) {
  const { submission, confirmed } = view.section;
  const timeline = [...(view.section.timeline ?? [])].reverse();
  return (
    <div className="handoff-receipt">
      <h3>Receipt and timeline</h3>
      {submission ? (
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
      ) : (
        <p className="muted">Nothing handed over yet.</p>
      )}
      <h4>What happens next</h4>
      <ul>
        {view.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {timeline.length > 0 && (
        <ol className="handoff-timeline" aria-label="Timeline">
          {timeline.map((entry) => (
            <li key={`${entry.at}-${entry.kind}-${entry.text}`}>
              <time dateTime={entry.at}>{when(entry.at)}</time> {entry.text}
              {entry.by ? <span className="muted"> ({entry.by})</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
