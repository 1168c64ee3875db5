/**
 * The one way the app writes a moment in time: local time with its zone ("30 Nov 2026, 22:31 GMT+1"), from a single
 * Intl.DateTimeFormat, so a page never mixes formats. UTC appears only in the report's machine-readable parts.
 * Countdowns and "how long ago" use relative wording instead (`formatRelative`, `formatCountdown`).
 */
const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
const dateOnly = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const asDate = (when: string | number | Date): Date => (when instanceof Date ? when : new Date(when));

/** "30 Nov 2026, 22:31 GMT+1" (in the admin's locale and time zone). */
export function formatDateTime(when: string | number | Date): string {
  const date = asDate(when);
  return Number.isNaN(date.getTime()) ? String(when) : dateTime.format(date);
}

/** "30 Nov 2026": a calendar date. A bare `YYYY-MM-DD` is that day as written, not shifted by the time zone. */
export function formatDate(when: string | number | Date): string {
  if (typeof when === 'string' && /^\d{4}-\d\d-\d\d$/.test(when)) {
    const [y, m, d] = when.split('-').map(Number) as [number, number, number];
    return dateOnly.format(new Date(y, m - 1, d));
  }
  const date = asDate(when);
  return Number.isNaN(date.getTime()) ? String(when) : dateOnly.format(date);
}

/** "09:41": the time of day alone, where the date is plain from the sentence ("newest 09:41" in the last 24 hours). */
export function formatTimeOfDay(when: string | number | Date): string {
  const date = asDate(when);
  return Number.isNaN(date.getTime()) ? String(when) : timeOfDay.format(date);
}

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "5 minutes ago", "now": the distance from `now` to `when`, in the largest whole unit. */
export function formatRelative(when: string | number | Date, now: number = Date.now()): string {
  const diff = asDate(when).getTime() - now;
  for (const [unit, size] of units) {
    if (Math.abs(diff) >= size) return relative.format(Math.trunc(diff / size), unit);
  }
  return relative.format(0, 'minute');
}

/** "11:59:59": hours, minutes and seconds left, for the 12-hour refresh countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

const ISO_INSTANT = /\b\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)\b/g;

/**
 * A sentence from the main process with its instants in local time: services write UTC ISO times into text that the
 * CLI and the report print as they are, and the window shows them like every other time on the page.
 */
export function withLocalTimes(text: string): string {
  return text.replace(ISO_INSTANT, (iso) => formatDateTime(iso));
}
