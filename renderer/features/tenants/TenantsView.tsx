import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown, RefreshCw } from 'lucide-react';
import type { FleetProgress } from '../../../shared/fleet/fleet-run.ts';
import type { TenantRow } from '../../../shared/fleet/tenant-row.ts';
import {
  checklistText,
  columnIds,
  columnLabels,
  expiryText,
  gatewayText,
  handoffLabels,
  runResultText,
  sortTenants,
  verificationText,
  windowText,
  type ColumnId,
  type SortOrder,
} from './tenant-columns.ts';
import { filterTenants, stateFilterIds, stateFilterLabels, type StateFilter } from './tenant-filter.ts';
import { useTenants, type RunSummary } from './use-tenants.ts';
import { visibleName } from '../../../shared/domain/name-text.ts';
import './tenants.css';

export interface TenantsViewProps {
  /** Opens the tenant's checklist (switches the active profile). */
  onOpenTenant: (profileId: string) => void;
}

function liveText(progress: FleetProgress): string {
  switch (progress.state) {
    case 'queued':
      return 'Queued';
    case 'running':
      return 'Verifying…';
    case 'waiting':
      return `Mimecast asked to slow down: waiting ${Math.ceil((progress.waitMs ?? 0) / 1000)} s`;
    default:
      return progress.result ? runResultText(progress.result) : progress.state;
  }
}

function announcement(running: boolean, summary: RunSummary | null): string {
  if (!summary) return '';
  if (running) return summary.total > 0 ? `Verifying ${summary.total} tenants: ${summary.done} of ${summary.total} finished.` : 'Starting…';
  const run = summary.finished;
  if (!run) return '';
  if (run.total === 0) return 'No tenant has stored keys, so none was verified.';
  const parts = [`${run.passed} passed`, `${run.failed - run.cancelled.length} failed`];
  if (run.cancelled.length > 0) parts.push(`${run.cancelled.length} cancelled`);
  if (run.skipped.length > 0) parts.push(`${run.skipped.length} without keys skipped`);
  return `${run.cancelled.length > 0 ? 'Cancelled' : 'Done'}: ${parts.join(', ')}.`;
}

function SortHeader({ column, order, onSort }: { column: ColumnId; order: SortOrder; onSort: (column: ColumnId) => void }) {
  const sorted = order.column === column;
  const Icon = !sorted ? ArrowUpDown : order.direction === 'ascending' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={sorted ? order.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {columnLabels[column]}
        <Icon size={14} aria-hidden />
      </button>
    </th>
  );
}

function Row({ row, nowMs, live, onOpen }: { row: TenantRow; nowMs: number; live: FleetProgress | undefined; onOpen: () => void }) {
  return (
    <tr data-profile={row.id} aria-current={row.active ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" onClick={onOpen}>
          {visibleName(row.name)}
        </button>
        {row.active && <span className="muted"> (open now)</span>}
        {row.problem && <div className="field-error">{row.problem}</div>}
      </th>
      <td>
        <span className="checklist-cell">
          {row.checklist && <progress max={100} value={row.checklist.percent} aria-hidden />} {checklistText(row)}
        </span>
      </td>
      <td data-state={live?.state ?? (row.lastVerification ? (row.lastVerification.ok ? 'passed' : 'failed') : 'none')}>
        {live ? liveText(live) : verificationText(row, nowMs)}
      </td>
      <td className="gateway">{gatewayText(row)}</td>
      <td data-state={row.handoff}>{handoffLabels[row.handoff]}</td>
      <td data-state={row.expiry?.state ?? 'none'}>{expiryText(row)}</td>
      <td data-state={row.window?.state ?? 'none'}>{windowText(row)}</td>
    </tr>
  );
}

/** Every tenant at a glance, sortable, with "Verify all" (the same engine as `fleet verify`). */
export function TenantsView({ onOpenTenant }: TenantsViewProps) {
  const { overview, error, live, running, summary, verifyAll, cancel, refresh } = useTenants();
  const [order, setOrder] = useState<SortOrder>({ column: 'tenant', direction: 'ascending' });
  const [text, setText] = useState('');
  const [state, setState] = useState<StateFilter>('any');
  // Typing stays responsive with 200 rows: the table follows the field a moment later, not on every key.
  const filter = useDeferredValue(useMemo(() => ({ text, state }), [text, state]));
  const sorted = useMemo(() => (overview ? sortTenants(overview.tenants, order) : []), [overview, order]);
  const rows = useMemo(() => filterTenants(sorted, filter), [sorted, filter]);
  const filterId = useId();
  const stateId = useId();
  const total = overview?.tenants.length ?? 0;
  const filtered = rows.length !== total;
  const nowMs = overview ? Date.parse(overview.readAt) : 0;
  const withKeys = overview?.tenants.filter((t) => t.credentials.stored).length ?? 0;

  const sortBy = (column: ColumnId): void =>
    setOrder((current) => ({ column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <main id="main" className="content tenants-view" aria-labelledby="tenants-title">
      <h1 id="tenants-title">All tenants</h1>
      <p className="muted">
        One row per profile. “Verify all” checks every tenant with stored keys on its own gateway, a few at a time; a
        tenant that Mimecast slows down waits without holding up the others.
      </p>
      <div className="row tenants-actions">
        <button type="button" className="primary" onClick={() => void verifyAll()} disabled={running || withKeys === 0}>
          {running ? 'Verifying…' : `Verify all (${withKeys})`}
        </button>
        {running && (
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
        <button type="button" className="icon" onClick={() => void refresh()} disabled={running}>
          <RefreshCw size={16} aria-hidden /> Refresh
        </button>
        <p role="status" aria-live="polite" className="tenants-status">
          {announcement(running, summary)}
        </p>
        <search className="row tenants-filter" aria-label="Filter tenants">
          <label htmlFor={filterId}>Filter</label>
          <input id={filterId} type="search" value={text} placeholder="Name or gateway" autoComplete="off" onChange={(e) => setText(e.target.value)} />
          <label htmlFor={stateId} className="visually-hidden">
            State
          </label>
          <select id={stateId} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            {stateFilterIds.map((id) => (
              <option key={id} value={id}>
                {stateFilterLabels[id]}
              </option>
            ))}
          </select>
          <span className="muted" role="status">
            {filtered ? `${rows.length} of ${total} shown` : `${total} tenants`}
          </span>
        </search>
      </div>
      {error && (
        <div className="callout danger" role="alert">
          {error.message}
        </div>
      )}
      {overview ? (
        <div className="table-scroll">
          <table className="tenants-table">
            <caption className="visually-hidden">
              Tenants: {filtered ? `${rows.length} of ${total} shown` : total}. Column headers sort the table.
            </caption>
            <thead>
              <tr>
                {columnIds.map((column) => (
                  <SortHeader key={column} column={column} order={order} onSort={sortBy} />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.id} row={row} nowMs={nowMs} live={live[row.id]} onOpen={() => onOpenTenant(row.id)} />
              ))}
            </tbody>
          </table>
          {filtered && rows.length === 0 && <p className="tenants-none muted">No tenant matches the filter.</p>}
        </div>
      ) : (
        !error && <p role="status">Loading tenants…</p>
      )}
    </main>
  );
}
