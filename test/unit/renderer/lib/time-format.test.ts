import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDate, formatDateTime, formatRelative, formatTimeOfDay, withLocalTimes } from '../../../../renderer/lib/time-format.ts';

const expected = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

describe('time-format', () => {
  it('writes an instant in local time with its zone, one way everywhere', () => {
    const iso = '2026-11-30T21:34:05.000Z';
    expect(formatDateTime(iso)).toBe(expected.format(new Date(iso)));
    // The zone is part of it, so "10:34" is never ambiguous.
    const zone = expected.formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value;
    expect(zone).toBeTruthy();
    expect(formatDateTime(iso)).toContain(zone!);
    expect(formatDateTime(Date.parse(iso))).toBe(formatDateTime(iso));
  });

  it('keeps a calendar date on its day in every time zone', () => {
    expect(formatDate('2027-03-31')).toBe(new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(2027, 2, 31)));
  });

  it('writes a time of day alone in the same local clock', () => {
    const iso = '2026-11-30T09:41:00.000Z';
    expect(formatTimeOfDay(iso)).toBe(new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso)));
    expect(formatDateTime(iso)).toContain(formatTimeOfDay(iso));
  });

  it('counts the refresh window down in hours, minutes and seconds, never below zero', () => {
    expect(formatCountdown(12 * 3_600_000 - 1_000)).toBe('11:59:59');
    expect(formatCountdown(61_500)).toBe('00:01:01');
    expect(formatCountdown(-5_000)).toBe('00:00:00');
  });

  it('leaves what is not a time as it was', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('says countdowns and ages relatively, in the largest whole unit', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    expect(formatRelative(now + 3 * 3_600_000 + 59 * 60_000, now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(3, 'hour'));
    expect(formatRelative(now - 5 * 60_000, now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-5, 'minute'));
    expect(formatRelative(now + 10_000, now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(0, 'minute'));
  });

  it('puts the instants in a sentence from the main process into local time', () => {
    const text = 'Arctic Wolf begins polling (from about 2026-11-30T21:54:34.150Z).';
    expect(withLocalTimes(text)).toBe(`Arctic Wolf begins polling (from about ${formatDateTime('2026-11-30T21:54:34.150Z')}).`);
    expect(withLocalTimes('No time here: 2026-11-30.')).toBe('No time here: 2026-11-30.');
  });
});
