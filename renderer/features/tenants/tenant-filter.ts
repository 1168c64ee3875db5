import type { TenantRow } from '../../../shared/fleet/tenant-row.ts';
import { visibleName } from '../../../shared/domain/name-text.ts';

/**
 * The tenants view's filter: words that match a tenant's name, profile id or gateway, and one state. Pure, so what
 * each state means is tested without a browser.
 */
export const stateFilterIds = ['any', 'attention', 'failed', 'passed', 'never', 'no-keys', 'handoff-open', 'window', 'expiry'] as const;
export type StateFilter = (typeof stateFilterIds)[number];

export const stateFilterLabels: Record<StateFilter, string> = {
  any: 'Any state',
  attention: 'Needs attention',
  failed: 'Last verification failed',
  passed: 'Last verification passed',
  never: 'Never verified',
  'no-keys': 'No keys stored',
  'handoff-open': 'Hand-off not confirmed',
  window: '12-hour window running',
  expiry: 'Credentials expire soon or expired',
};

export interface TenantFilter {
  text: string;
  state: StateFilter;
}

const expiring = (row: TenantRow): boolean => row.expiry?.state === 'reminder' || row.expiry?.state === 'expired';

/** What an admin must look at: a failed check, a failed hand-off, keys about to expire, a running window, a damaged file. */
function needsAttention(row: TenantRow): boolean {
  return row.lastVerification?.ok === false || row.handoff === 'failed' || expiring(row) || row.window?.state === 'open' || row.problem !== null;
}

function inState(row: TenantRow, state: StateFilter): boolean {
  switch (state) {
    case 'any':
      return true;
    case 'attention':
      return needsAttention(row);
    case 'failed':
      return row.lastVerification?.ok === false;
    case 'passed':
      return row.lastVerification?.ok === true;
    case 'never':
      return row.credentials.stored && row.lastVerification === null;
    case 'no-keys':
      return !row.credentials.stored;
    case 'handoff-open':
      return row.handoff !== 'confirmed';
    case 'window':
      return row.window?.state === 'open';
    case 'expiry':
      return expiring(row);
  }
}

/** The rows that match every word typed (in name, id or gateway, any case) and the chosen state, in their order. */
export function filterTenants(rows: readonly TenantRow[], filter: TenantFilter): readonly TenantRow[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && filter.state === 'any') return rows;
  return rows.filter((row) => {
    if (!inState(row, filter.state)) return false;
    if (words.length === 0) return true;
    const haystack = `${visibleName(row.name)} ${row.id} ${row.baseUrl ?? ''}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
