import { checkCatalog } from '../../../shared/verification/checks.ts';
import type { HistoryEntry, RecheckRecord, RunOutcome, RunSource } from '../../../shared/verification/monitoring.ts';
import type { VerificationReport } from '../../../shared/verification/report.ts';

/**
 * What a verification run means for monitoring, and how it is remembered. A refused token or log is a failure that
 * starts (or continues) the failing streak; a 429 or a gateway that could not be reached proves nothing either way;
 * an over-privileged role still delivers data, so it is recorded but starts no 12-hour clock.
 */

const NETWORK_OR_SERVER = (status: number | null): boolean => status === null || status >= 500;

export function runOutcome(report: VerificationReport): RunOutcome {
  if (report.ok) return 'passed';
  const rateLimited = report.token.code === 'rate-limited' || report.checks.some((c) => c.code === 'rate-limited');
  if (rateLimited) return 'rate-limited';
  if (!report.token.ok) return NETWORK_OR_SERVER(report.token.status) && report.token.code !== 'invalid-credentials' ? 'unreachable' : 'failed';
  const failed = report.checks.filter((c) => !c.ok);
  if (failed.length === 0) return report.leastPrivilege?.probes.some((p) => p.outcome === 'allowed') ? 'over-privileged' : 'unreachable';
  return failed.every((c) => NETWORK_OR_SERVER(c.status)) ? 'unreachable' : 'failed';
}

function runSummary(report: VerificationReport, outcome: RunOutcome): string {
  switch (outcome) {
    case 'passed': {
      const counted = report.checks.map((c) => `${checkCatalog[c.id].label} ${c.events ? `${c.events.count}${c.events.more ? '+' : ''}` : '?'}`);
      return `All permissions work; recent events: ${counted.join(', ')}.`;
    }
    case 'failed':
      return report.token.ok
        ? `Refused: ${report.checks.filter((c) => !c.ok).map((c) => `${checkCatalog[c.id].label} (${c.code ?? c.status ?? 'failed'})`).join(', ')}.`
        : `No token: ${report.token.message}`;
    case 'over-privileged':
      return `Collecting works, but the role can also read: ${(report.leastPrivilege?.probes ?? []).filter((p) => p.outcome === 'allowed').map((p) => p.permission).join('; ')}.`;
    case 'rate-limited':
      return 'Mimecast’s rate limit was reached; nothing was proved either way.';
    case 'unreachable':
      return `Mimecast could not be reached or had a problem: ${report.token.ok ? (report.checks.find((c) => !c.ok)?.message ?? 'least privilege not proved') : report.token.message}`;
  }
}

/** The history keeps this many runs, newest last: weeks of six-hourly checks, small enough for the profile file. */
const HISTORY_MAX = 60;

/** The run's history entry added to the history (newest last, at most HISTORY_MAX kept). */
function withEntry(history: HistoryEntry[] | undefined, report: VerificationReport, source: RunSource, oneOffBaseUrl?: string): HistoryEntry[] {
  const outcome = runOutcome(report);
  const entry: HistoryEntry = { ranAt: report.ranAt, source, outcome, summary: runSummary(report, outcome).slice(0, 1000), ...(oneOffBaseUrl ? { oneOffBaseUrl } : {}) };
  return [...(history ?? []), entry].slice(-HISTORY_MAX);
}

/**
 * A one-off run against another gateway than the saved one: only its history entry is kept. It says nothing about the
 * profile's own gateway, so the failing streak and the latest result stay as they were.
 */
export function recordOneOffRun(record: { history?: HistoryEntry[] }, report: VerificationReport, source: RunSource): { history: HistoryEntry[] } {
  return { history: withEntry(record.history, report, source, report.baseUrl) };
}

/** The profile's record after a run: the history entry added, the failing streak started, kept or ended. */
export function recordRun(
  record: { history?: HistoryEntry[]; recheck?: RecheckRecord },
  report: VerificationReport,
  source: RunSource,
): { history: HistoryEntry[]; recheck: RecheckRecord } {
  const outcome = runOutcome(report);
  const history = withEntry(record.history, report, source);
  const recheck: RecheckRecord = { ...record.recheck };
  if (outcome === 'failed') recheck.failingSince ??= report.ranAt;
  // Only a clear answer ends the streak: a 429 or an outage says nothing about the credentials.
  if (outcome === 'passed' || outcome === 'over-privileged') delete recheck.failingSince;
  return { history, recheck };
}
