import { EVENTS_WINDOW_MS, type RecentEvents } from '../../../shared/verification/report.ts';
import { formatTimeOfDay } from '../../lib/time-format.ts';

/** "Audit events: 42 in the last 24 hours, newest 09:41" — the newest time in the admin's own clock. */
export function eventsText(label: string, events: RecentEvents): string {
  const count = `${label}: ${events.count}${events.more ? '+' : ''} in the last ${EVENTS_WINDOW_MS / 3_600_000} hours`;
  if (!events.newest) return count;
  return `${count}, newest ${formatTimeOfDay(events.newest)}`;
}
