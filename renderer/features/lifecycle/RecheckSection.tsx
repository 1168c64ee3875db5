import { useId } from 'react';
import { AlertTriangle } from 'lucide-react';
import { recheckIntervals, type HistoryEntry, type RecheckSettings } from '../../../shared/verification/monitoring.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { formatDateTime } from '../../lib/time-format.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

const sourceLabel: Record<HistoryEntry['source'], string> = { app: 'In the app', schedule: 'Background', cli: 'CLI' };
const outcomeLabel: Record<HistoryEntry['outcome'], string> = {
  passed: 'Passed',
  failed: 'Failed',
  'over-privileged': 'Role too broad',
  'rate-limited': 'Rate-limited',
  unreachable: 'Not reached',
};
/** Enough runs to see a pattern without pushing the rest of the panel off screen. */
const SHOWN = 10;

/**
 * After the hand-off, the app verifies the credentials again on the admin's interval. This shows the interval, the
 * next run, a failing streak with the time until which Arctic Wolf can still recover the data, and the run history.
 */
export function RecheckSection({ profileId }: { profileId: string }) {
  // Reloaded when a run or a settings change is pushed, and when the hand-off is confirmed (that starts the watching).
  const { data: view, error, act } = useAssistantQuery(() => unwrap(assistant().recheck.state({ profileId })), {
    profileId,
    refreshOn: ['recheck.changed', 'handoff.changed'],
  });
  const save = (settings: RecheckSettings) => act(() => unwrap(assistant().recheck.setSettings({ profileId, ...settings })));
  const intervalId = useId();
  const historyId = useId();
  if (!view) return error ? <p className="field-error" role="alert">{error.message}</p> : null;

  return (
    <div className="recheck">
      <h3>Background re-check</h3>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      {!view.handedOff ? (
        <p className="muted">Once Arctic Wolf has accepted the credentials, the app verifies them again on a schedule while it runs.</p>
      ) : (
        <>
          <div className="row">
            <label>
              <input type="checkbox" checked={view.enabled} onChange={(e) => void save({ enabled: e.target.checked, intervalHours: view.intervalHours })} />{' '}
              Verify again while the app runs
            </label>
            <label htmlFor={intervalId}>every</label>
            <select
              id={intervalId}
              aria-label="Re-check interval"
              value={view.intervalHours}
              disabled={!view.enabled}
              onChange={(e) => void save({ enabled: view.enabled, intervalHours: Number(e.target.value) })}
            >
              {recheckIntervals.map((h) => (
                <option key={h} value={h}>
                  {h} hour{h === 1 ? '' : 's'}
                </option>
              ))}
            </select>
          </div>
          {view.nextAt && <p className="muted">Next check about {formatDateTime(view.nextAt)} (spread by a few minutes; later after a rate limit).</p>}
          {view.lastError && <p className="callout caution">The last background check could not run: {view.lastError}</p>}
        </>
      )}
      {view.failingSince && view.recoverUntil && (
        <div className="callout danger" role="alert">
          <p className="callout-title">
            <AlertTriangle size={16} aria-hidden /> The credentials have failed verification since {formatDateTime(view.failingSince)}
          </p>
          <p>Arctic Wolf can recover data until {formatDateTime(view.recoverUntil)} — replace the credentials before then.</p>
        </div>
      )}
      {view.history.length > 0 && (
        <table className="recheck-history" aria-labelledby={historyId}>
          <caption id={historyId}>Recent verifications</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">From</th>
              <th scope="col">Result</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {view.history.slice(0, SHOWN).map((h) => (
              <tr key={`${h.ranAt}:${h.source}`} data-outcome={h.outcome}>
                <td>{formatDateTime(h.ranAt)}</td>
                <td>{h.oneOffBaseUrl ? `${sourceLabel[h.source]}, one-off against ${h.oneOffBaseUrl}` : sourceLabel[h.source]}</td>
                <td>{outcomeLabel[h.outcome]}</td>
                <td>{h.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
