import { describe, expect, it } from 'vitest';
import { probeBody, readRecentEvents } from '../../../../../electron/services/verification/probes.ts';
import { leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../../../shared/verification/checks.ts';

// Shapes a real gateway may send that the fake does not: no total, a `next` on an empty page, ISO times, no time.
const since = new Date('2026-11-24T10:00:00Z');

describe('readRecentEvents', () => {
  it('without a total counts the records seen and says more when a next page exists', () => {
    const body = { meta: { pagination: { next: 'abc' } }, data: [{ clickLogs: [{ date: '2026-11-25T08:00:00Z' }, { date: '2026-11-25T09:30:00+0000' }] }] };
    expect(readRecentEvents('url-protection', body, since)).toEqual({ count: 2, more: true, newest: '2026-11-25T09:30:00.000Z', since: since.toISOString() });
  });

  it('an empty page with a next token is no more records', () => {
    expect(readRecentEvents('audit-events', { meta: { pagination: { next: 'abc' } }, data: [] }, since)).toMatchObject({ count: 0, more: false, newest: null });
  });

  it('records without a readable time still count; a body that is not an envelope gives nothing', () => {
    expect(readRecentEvents('audit-events', { data: [{ id: 1 }, { eventTime: 'yesterday' }] }, since)).toMatchObject({ count: 2, newest: null });
    expect(readRecentEvents('audit-events', '<html>', since)).toBeUndefined();
  });

  it('150,000 records with times are counted and their newest found (no spread into one call)', () => {
    const data = Array.from({ length: 150_000 }, (_, i) => ({ eventTime: new Date(since.getTime() + (i % 1000) * 1000).toISOString() }));
    expect(readRecentEvents('audit-events', { data }, since)).toMatchObject({ count: 150_000, newest: '2026-11-24T10:16:39.000Z' });
  });

  it('a total beyond any log is a floor of a billion, not a count; times years away are not the newest', () => {
    expect(readRecentEvents('audit-events', { meta: { pagination: { totalCount: 1e300 } }, data: [{ eventTime: '2026-11-25T08:00:00Z' }] }, since)).toMatchObject({ count: 1_000_000_000, more: true, newest: '2026-11-25T08:00:00.000Z' });
    const far = { data: [{ eventTime: '+275760-09-13T00:00:00Z' }, { eventTime: '-000100-01-01T00:00:00Z' }, { eventTime: '2026-11-27T10:00:01Z' }, { eventTime: '2026-11-24T09:00:00Z' }] };
    // A day past the window's end is still a clock difference; beyond that, not a record's time.
    expect(readRecentEvents('audit-events', far, since)).toMatchObject({ count: 4, newest: '2026-11-24T09:00:00.000Z' });
  });
});

describe('probeBody for the least-privilege probes', () => {
  it('is a read request for every probe in the catalogue', () => {
    for (const id of leastPrivilegeProbeIds) expect(probeBody(leastPrivilegeCatalog[id], since)).toHaveProperty('data');
  });
});
