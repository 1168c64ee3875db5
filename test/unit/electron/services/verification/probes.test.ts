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
});

describe('probeBody for the least-privilege probes', () => {
  it('is a read request for every probe in the catalogue', () => {
    for (const id of leastPrivilegeProbeIds) expect(probeBody(leastPrivilegeCatalog[id], since)).toHaveProperty('data');
  });
});
