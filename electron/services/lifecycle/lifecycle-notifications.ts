import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import { expiryStatus, failureWindow, formatRemaining } from './lifecycle-clock.ts';

/** A desktop notification that is due, with a key so it is shown once even across restarts. */
export interface DueNotification {
  key: string;
  title: string;
  body: string;
}

/** In the last this-many hours of the 12-hour window the app warns once more. */
const LAST_CALL_MS = 2 * 60 * 60 * 1000;

/** The reminders that are due now and have not been shown yet for this profile. */
export function dueNotifications(profileName: string, section: HandoffSection, now: Date): DueNotification[] {
  const lifecycle = section.lifecycle;
  const shown = new Set(lifecycle?.notified ?? []);
  const due: DueNotification[] = [];

  const expiry = expiryStatus(lifecycle?.credentialExpiry, now);
  if (expiry?.state === 'reminder') {
    due.push({
      key: `expiry:${expiry.date}:reminder`,
      title: `Mimecast credentials expire in ${expiry.daysLeft} day${expiry.daysLeft === 1 ? '' : 's'}`,
      body: `${profileName}: the credentials Arctic Wolf uses expire on ${expiry.date}. Generate new ones and follow the refresh steps before then.`,
    });
  }
  if (expiry?.state === 'expired') {
    due.push({
      key: `expiry:${expiry.date}:expired`,
      title: 'Mimecast credentials have expired',
      body: `${profileName}: the Credential Expiry date ${expiry.date} has passed. Refresh the credentials now: Arctic Wolf can only fetch the last 12 hours once new ones arrive.`,
    });
  }

  const window = failureWindow(lifecycle, now);
  if (window?.state === 'open' && window.remainingMs <= LAST_CALL_MS) {
    due.push({
      key: `window:${window.startedAt}:last-call`,
      title: `${formatRemaining(window.remainingMs)} left to refresh Mimecast credentials`,
      body: `${profileName}: after ${window.endsAt} Arctic Wolf can no longer fetch the data from the failure onwards. Finish the refresh steps now.`,
    });
  }
  if (window?.state === 'closed') {
    due.push({
      key: `window:${window.startedAt}:closed`,
      title: 'The 12-hour refresh window has passed',
      body: `${profileName}: data from before the last 12 hours cannot be fetched any more. Refresh the credentials as soon as possible to stop the gap growing.`,
    });
  }
  return due.filter((n) => !shown.has(n.key));
}
