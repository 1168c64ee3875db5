import type { FleetTenantResult } from '../../../shared/fleet/fleet-run.ts';
import type { HandoffState, TenantRow } from '../../../shared/fleet/tenant-row.ts';

/**
 * What each column of the tenants view says and how it sorts. Pure, so the wording and the order are tested without
 * a browser. Ages and countdowns are measured from the main process's clock (`readAt`), so a skewed renderer clock
 * cannot make a fresh result look old.
 */
export const columnIds = ['tenant', 'checklist', 'verification', 'gateway', 'handoff', 'expiry', 'window'] as const;
export type ColumnId = (typeof columnIds)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: ColumnId;
  direction: SortDirection;
}

export const columnLabels: Record<ColumnId, string> = {
  tenant: 'Tenant',
  checklist: 'Checklist',
  verification: 'Last verification',
  gateway: 'Gateway',
  handoff: 'Hand-off',
  expiry: 'Credential expiry',
  window: '12-hour window',
};

export const handoffLabels: Record<HandoffState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  failed: 'Submission failed',
  confirmed: 'Confirmed',
};

/** "just now", "5 min ago", "3 h ago", "12 days ago". */
export function ageOf(iso: string, nowMs: number): string {
  const minutes = Math.max(0, Math.floor((nowMs - Date.parse(iso)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** The gateway as its column shows it: the host ("uk-api.services.mimecast.com"); a dash when none is usable. */
export function gatewayText(row: TenantRow): string {
  if (!row.baseUrl) return '—';
  try {
    return new URL(row.baseUrl).host;
  } catch {
    return row.baseUrl;
  }
}

/** "5 h 12 min": time left in a window. */
export function timeLeft(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

export function checklistText(row: TenantRow): string {
  return row.checklist ? `${row.checklist.done} of ${row.checklist.total} steps` : 'Cannot be read';
}

export function verificationText(row: TenantRow, nowMs: number): string {
  const last = row.lastVerification;
  if (!last) return row.credentials.stored ? 'Never verified' : 'No keys stored';
  const age = ageOf(last.ranAt, nowMs);
  if (last.ok) return `Passed, ${age}`;
  return `Failed (${last.failedChecks.join(', ')}), ${age}`;
}

export function expiryText(row: TenantRow): string {
  const expiry = row.expiry;
  if (!expiry) return 'Not set';
  if (expiry.state === 'expired') return `${expiry.date}: expired`;
  const days = expiry.daysLeft === 1 ? '1 day' : `${expiry.daysLeft} days`;
  return expiry.state === 'reminder' ? `${expiry.date}: ${days} left, renew soon` : `${expiry.date} (${days})`;
}

export function windowText(row: TenantRow): string {
  const w = row.window;
  if (!w) return 'None';
  if (w.state === 'open') return `Running: ${timeLeft(w.remainingMs)} left`;
  if (w.state === 'refreshed') return 'Refreshed in time';
  return 'Closed: 12 hours passed';
}

/** The sort key of a row in a column: numbers sort before nothing, so empty cells go last either way. */
function keyOf(row: TenantRow, column: ColumnId): string | number | null {
  switch (column) {
    case 'tenant':
      return row.name.toLocaleLowerCase();
    case 'checklist':
      return row.checklist?.percent ?? null;
    case 'verification':
      // Failed before passed, then by age: what needs attention first when ascending.
      return row.lastVerification ? `${row.lastVerification.ok ? 1 : 0}${row.lastVerification.ranAt}` : null;
    case 'gateway':
      return row.baseUrl ? gatewayText(row) : null;
    case 'handoff':
      return ['failed', 'not-started', 'in-progress', 'confirmed'].indexOf(row.handoff);
    case 'expiry':
      return row.expiry?.daysLeft ?? null;
    case 'window':
      return row.window ? (row.window.state === 'open' ? row.window.remainingMs : Number.MAX_SAFE_INTEGER) : null;
  }
}

export function sortTenants(rows: readonly TenantRow[], order: SortOrder): TenantRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, order.column);
    const kb = keyOf(b, order.column);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1; // empty cells last in both directions
    } else if (ka !== kb) {
      return (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb))) * sign;
    }
    return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  });
}

/**
 * A finished tenant of the run under way, in words for its row. A refused token is a failed check that carries its own
 * reason (`error`); an error with no failed check means the run could not start or finish.
 */
export function runResultText(result: FleetTenantResult): string {
  if (result.error && result.failedChecks.length === 0) {
    return result.error.code === 'cancelled' ? 'Cancelled' : `Could not verify: ${result.error.message}`;
  }
  if (result.ok) return 'Passed just now';
  const failed = `Failed (${result.failedChecks.join(', ')})`;
  return result.error ? `${failed}: ${result.error.message}` : failed;
}
