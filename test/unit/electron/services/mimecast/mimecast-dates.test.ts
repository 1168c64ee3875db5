import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMimecastDate, MIMECAST_DATE_PATTERN, parseMimecastDate } from '../../../../../electron/services/mimecast/mimecast-dates.ts';

describe('Mimecast dates', () => {
  it('formats as yyyy-MM-ddTHH:mm:ss+0000 in UTC', () => {
    expect(formatMimecastDate(new Date('2026-11-25T10:00:00.789Z'))).toBe('2026-11-25T10:00:00+0000');
    expect(formatMimecastDate(new Date('2027-01-02T03:04:05Z'))).toBe('2027-01-02T03:04:05+0000');
  });

  it('round-trips any second-precision date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01Z'), max: new Date('2099-12-31Z'), noInvalidDate: true }), (date) => {
        const text = formatMimecastDate(date);
        expect(text).toMatch(MIMECAST_DATE_PATTERN);
        expect(parseMimecastDate(text)?.getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
    );
  });
});
