import { EVENTS_WINDOW_MS, type RecentEvents } from '../../../shared/verification/report.ts';

/** "Audit events: 42 in the last 24 hours, newest 09:41" — the newest time in the admin's own clock. */
export function eventsText(label: string, events: RecentEvents): string {
  const count = `${label}: ${events.count}${events.more ? '+' : ''} in the last ${EVENTS_WINDOW_MS / 3_600_000} hours`;
  if (!events.newest) return count;
  const newest = new Date(events.newest).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${count}, newest ${newest}`;
}
