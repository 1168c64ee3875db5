import { describe, expect, it } from 'vitest';
import type { TenantRow } from '../../../../../shared/fleet/tenant-row.ts';
import { filterTenants, stateFilterIds, type StateFilter } from '../../../../../renderer/features/tenants/tenant-filter.ts';

function row(id: string, extra: Partial<TenantRow> = {}): TenantRow {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    active: false,
    checklist: { done: 0, total: 9, percent: 0 },
    credentials: { stored: true, maskedClientId: 'Mc7d…VyL1' },
    baseUrl: 'https://api.services.mimecast.com',
    lastVerification: null,
    handoff: 'not-started',
    expiry: null,
    window: null,
    problem: null,
    ...extra,
  };
}

const rows = [
  row('acme', { lastVerification: { ok: true, ranAt: '2026-11-30T10:00:00.000Z', failedChecks: [] }, handoff: 'confirmed' }),
  row('bluth', { baseUrl: 'https://uk-api.services.mimecast.com', lastVerification: { ok: false, ranAt: '2026-11-30T10:00:00.000Z', failedChecks: ['token'] } }),
  row('cyberdyne', { credentials: { stored: false, maskedClientId: null } }),
  row('globex', { expiry: { date: '2026-12-05', daysLeft: 5, state: 'reminder', remindFrom: '2026-11-21T00:00:00.000Z' }, handoff: 'confirmed' }),
  row('hooli', { window: { startedAt: '2026-11-30T06:00:00.000Z', endsAt: '2026-11-30T18:00:00.000Z', remainingMs: 1, state: 'open' }, handoff: 'confirmed' }),
  row('initech', { name: 'Initech \u202Ekoob', problem: 'The hand-off record could not be read.', handoff: 'confirmed' }),
];
const ids = (filtered: readonly TenantRow[]) => filtered.map((r) => r.id);
const by = (state: StateFilter, text = '') => ids(filterTenants(rows, { text, state }));

describe('the tenants filter', () => {
  it('with nothing typed and any state, shows every row in its order (the same array: no work for 200 rows)', () => {
    expect(filterTenants(rows, { text: '', state: 'any' })).toBe(rows);
    expect(filterTenants(rows, { text: '  ', state: 'any' })).toBe(rows);
  });

  it('matches every word typed in the name, the profile id or the gateway, in any case', () => {
    expect(by('any', 'ACME')).toEqual(['acme']);
    expect(by('any', 'uk-api')).toEqual(['bluth']);
    expect(by('any', 'mimecast bl')).toEqual(['bluth']);
    expect(by('any', 'https://api')).toEqual(['acme', 'cyberdyne', 'globex', 'hooli', 'initech']);
    expect(by('any', 'acme uk')).toEqual([]);
    // A saved control character is matched as it is shown.
    expect(by('any', '⟨u+202e⟩')).toEqual(['initech']);
  });

  it('keeps the rows in each state', () => {
    const expected: Record<StateFilter, string[]> = {
      any: ['acme', 'bluth', 'cyberdyne', 'globex', 'hooli', 'initech'],
      attention: ['bluth', 'globex', 'hooli', 'initech'],
      failed: ['bluth'],
      passed: ['acme'],
      never: ['globex', 'hooli', 'initech'],
      'no-keys': ['cyberdyne'],
      'handoff-open': ['bluth', 'cyberdyne'],
      window: ['hooli'],
      expiry: ['globex'],
    };
    for (const state of stateFilterIds) expect(by(state), state).toEqual(expected[state]);
    expect(by('attention', 'uk')).toEqual(['bluth']);
  });
});
