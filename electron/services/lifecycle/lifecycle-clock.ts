import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { ExpiryStatus, FailureWindow } from '../../../shared/handoff/lifecycle-view.ts';
import { REFRESH_WINDOW_MS } from '../../../shared/handoff/refresh-steps.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first reminder comes this many days before the Credential Expiry date. */
const EXPIRY_REMINDER_DAYS = 14;

/** Credential Expiry is a date; the credentials stop working at its start (UTC), which is the safe reading. */
function expiryInstant(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

export function expiryStatus(date: string | null | undefined, now: Date): ExpiryStatus | null {
  if (!date) return null;
  const at = expiryInstant(date);
  const remindFrom = at - EXPIRY_REMINDER_DAYS * DAY_MS;
  const daysLeft = Math.ceil((at - now.getTime()) / DAY_MS);
  const state = now.getTime() >= at ? 'expired' : now.getTime() >= remindFrom ? 'reminder' : 'ok';
  return { date, daysLeft, state, remindFrom: new Date(remindFrom).toISOString() };
}

/** The 12-hour window after Arctic Wolf reported the credentials failed, on the given clock. */
export function failureWindow(lifecycle: HandoffSection['lifecycle'], now: Date): FailureWindow | null {
  const startedAt = lifecycle?.failureReportedAt;
  if (!startedAt) return null;
  // A report stamped while the clock was ahead (since corrected) would count down for years: no window has more
  // than its 12 hours left, whatever the stamp says.
  const endsAt = Math.min(Date.parse(startedAt), now.getTime()) + REFRESH_WINDOW_MS;
  const refreshedAt = lifecycle.refreshedAt && lifecycle.refreshedAt >= startedAt ? lifecycle.refreshedAt : undefined;
  const remainingMs = refreshedAt ? 0 : Math.max(0, endsAt - now.getTime());
  const state = refreshedAt ? 'refreshed' : remainingMs > 0 ? 'open' : 'closed';
  return { startedAt, endsAt: new Date(endsAt).toISOString(), remainingMs, state, ...(refreshedAt ? { refreshedAt } : {}) };
}

/** "11 h 59 min", "42 min", "under a minute": how the countdown reads in a notification. */
export function formatRemaining(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
}
