import { describe, expect, it } from 'vitest';
import type { TenantRow } from '../../../../../shared/fleet/tenant-row.ts';
import { ageOf, expiryText, gatewayText, runResultText, sortTenants, timeLeft, verificationText, windowText } from '../../../../../renderer/features/tenants/tenant-columns.ts';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');

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

const ids = (rows: TenantRow[]) => rows.map((r) => r.id);

describe('tenant columns', () => {
  it('a run result: a refused token is a failed check with its reason; an error with no failed check could not run', () => {
    const base = { profile: 'acme', name: 'Acme', ok: false, baseUrl: 'https://api.services.mimecast.com', durationMs: 5 };
    const dns = { code: 'dns-failure', message: 'The name tenant.invalid could not be found.' };
    expect(runResultText({ ...base, failedChecks: ['token'], error: dns })).toBe('Failed (token): The name tenant.invalid could not be found.');
    expect(runResultText({ ...base, failedChecks: ['url-protection'], error: null })).toBe('Failed (url-protection)');
    expect(runResultText({ ...base, failedChecks: [], error: { code: 'secret-unreadable', message: 'The secret is gone.' } })).toBe('Could not verify: The secret is gone.');
    expect(runResultText({ ...base, failedChecks: [], error: { code: 'cancelled', message: 'Cancelled.' } })).toBe('Cancelled');
    expect(runResultText({ ...base, ok: true, failedChecks: [], error: null })).toBe('Passed just now');
  });

  it('ages read as a busy admin says them', () => {
    expect(ageOf('2026-11-30T11:59:40.000Z', NOW)).toBe('just now');
    expect(ageOf('2026-11-30T11:15:00.000Z', NOW)).toBe('45 min ago');
    expect(ageOf('2026-11-29T09:00:00.000Z', NOW)).toBe('27 h ago');
    expect(ageOf('2026-11-20T12:00:00.000Z', NOW)).toBe('10 days ago');
    expect(timeLeft(5 * 3600_000 + 12 * 60_000)).toBe('5 h 12 min');
    expect(timeLeft(30_000)).toBe('1 min');
  });

  it('last verification: result, what failed and how old', () => {
    expect(verificationText(row('a'), NOW)).toBe('Never verified');
    expect(verificationText(row('a', { credentials: { stored: false, maskedClientId: null } }), NOW)).toBe('No keys stored');
    expect(verificationText(row('a', { lastVerification: { ok: false, ranAt: '2026-11-30T10:00:00.000Z', failedChecks: ['url-protection'] } }), NOW)).toBe('Failed (url-protection), 2 h ago');
  });

  it('expiry and the 12-hour window', () => {
    expect(expiryText(row('a'))).toBe('Not set');
    expect(expiryText(row('a', { expiry: { date: '2026-12-05', daysLeft: 5, state: 'reminder', remindFrom: '2026-11-21T00:00:00.000Z' } }))).toBe('2026-12-05: 5 days left, renew soon');
    expect(windowText(row('a', { window: { startedAt: '2026-11-30T06:00:00.000Z', endsAt: '2026-11-30T18:00:00.000Z', remainingMs: 6 * 3600_000, state: 'open' } }))).toBe('Running: 6 h 0 min left');
    expect(windowText(row('a'))).toBe('None');
  });

  it('sorts by each column, empty cells last in both directions, ties by name', () => {
    const rows = [
      row('charlie', { checklist: { done: 9, total: 9, percent: 100 }, expiry: { date: '2027-01-01', daysLeft: 32, state: 'ok', remindFrom: '2026-12-18T00:00:00.000Z' } }),
      row('alpha', { checklist: null }),
      row('bravo', { checklist: { done: 3, total: 9, percent: 33 }, expiry: { date: '2026-11-01', daysLeft: -29, state: 'expired', remindFrom: '2026-10-18T00:00:00.000Z' } }),
      row('delta', { checklist: { done: 3, total: 9, percent: 33 } }),
    ];
    expect(ids(sortTenants(rows, { column: 'tenant', direction: 'ascending' }))).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(ids(sortTenants(rows, { column: 'tenant', direction: 'descending' }))).toEqual(['delta', 'charlie', 'bravo', 'alpha']);
    expect(ids(sortTenants(rows, { column: 'checklist', direction: 'ascending' }))).toEqual(['bravo', 'delta', 'charlie', 'alpha']);
    expect(ids(sortTenants(rows, { column: 'checklist', direction: 'descending' }))).toEqual(['charlie', 'bravo', 'delta', 'alpha']);
    expect(ids(sortTenants(rows, { column: 'expiry', direction: 'ascending' }))).toEqual(['bravo', 'charlie', 'alpha', 'delta']);
  });

  it('verification sorts failures first, then the oldest; hand-off sorts failed submissions first', () => {
    const rows = [
      row('ok-new', { lastVerification: { ok: true, ranAt: '2026-11-30T11:00:00.000Z', failedChecks: [] } }),
      row('failed', { lastVerification: { ok: false, ranAt: '2026-11-30T11:30:00.000Z', failedChecks: ['token'] }, handoff: 'confirmed' }),
      row('ok-old', { lastVerification: { ok: true, ranAt: '2026-11-01T11:00:00.000Z', failedChecks: [] }, handoff: 'failed' }),
      row('never', { handoff: 'in-progress' }),
    ];
    expect(ids(sortTenants(rows, { column: 'verification', direction: 'ascending' }))).toEqual(['failed', 'ok-old', 'ok-new', 'never']);
    expect(ids(sortTenants(rows, { column: 'handoff', direction: 'ascending' }))).toEqual(['ok-old', 'ok-new', 'never', 'failed']);
  });

  it('the gateway column shows the host and sorts by it, a tenant without a usable gateway last', () => {
    const rows = [
      row('us', { baseUrl: 'https://us-api.services.mimecast.com' }),
      row('none', { baseUrl: null }),
      row('global'),
      row('uk', { baseUrl: 'https://uk-api.services.mimecast.com' }),
    ];
    expect(rows.map(gatewayText)).toEqual(['us-api.services.mimecast.com', '—', 'api.services.mimecast.com', 'uk-api.services.mimecast.com']);
    expect(ids(sortTenants(rows, { column: 'gateway', direction: 'ascending' }))).toEqual(['global', 'uk', 'us', 'none']);
    expect(ids(sortTenants(rows, { column: 'gateway', direction: 'descending' }))).toEqual(['us', 'uk', 'global', 'none']);
  });
});
