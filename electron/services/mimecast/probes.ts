import type { LeastPrivilegeProbeId } from '../../../shared/verification/least-privilege.ts';
import { EVENTS_WINDOW_MS, type CheckId, type RecentEvents } from '../../../shared/verification/report.ts';
import { dataEnvelopeSchema } from './envelope.ts';
import { formatMimecastDate, parseMimecastDate } from './mimecast-dates.ts';

/**
 * The request each probe sends, and how its answer is read. One call per log proves the permission and counts the
 * log's recent records at the same time: a page over the last 24 hours, newest first. A missing permission is
 * refused whatever the window, and one page keeps the call cheap on a busy tenant.
 */
export { EVENTS_WINDOW_MS };
/** Records asked for per probe: enough to say "42 in the last 24 hours", small enough to stay one quick page. */
export const EVENTS_PAGE_SIZE = 100;

type Envelope = { meta: { pagination: { pageSize: number } }; data: [Record<string, unknown>] };

export function probeBody(id: CheckId, now: Date): Envelope {
  const from = formatMimecastDate(new Date(now.getTime() - EVENTS_WINDOW_MS));
  const to = formatMimecastDate(now);
  return { meta: { pagination: { pageSize: EVENTS_PAGE_SIZE } }, data: [probeFilters(id, from, to)] };
}

function probeFilters(id: CheckId, from: string, to: string): Record<string, unknown> {
  switch (id) {
    case 'audit-events':
      return { startDateTime: from, endDateTime: to };
    case 'attachment-protection':
      return { from, to, route: 'all', result: 'all', oldestFirst: false };
    case 'impersonation-protection':
      // taggedMalicious / identifiers / actions only narrow the result; the probe wants every record.
      return { from, to, oldestFirst: false };
    case 'url-protection':
      return { from, to, route: 'all', scanResult: 'all', oldestFirst: false };
  }
}

/**
 * The smallest well-formed read for each least-privilege probe (one record, the last hour): the answer's data is
 * never read, only whether Mimecast refused. Both endpoints are reads; neither changes anything.
 */
export function leastPrivilegeBody(id: LeastPrivilegeProbeId, now: Date): unknown {
  switch (id) {
    case 'dlp-logs':
      return {
        meta: { pagination: { pageSize: 1 } },
        data: [{ from: formatMimecastDate(new Date(now.getTime() - 60 * 60 * 1000)), to: formatMimecastDate(now), oldestFirst: false }],
      };
    case 'account-details':
      return { data: [] };
  }
}

/** Where each log keeps its records: the audit log in `data[]` itself, the TTP logs in a list inside `data[0]`. */
const recordsKey: Record<CheckId, string | null> = {
  'audit-events': null,
  'attachment-protection': 'attachmentLogs',
  'impersonation-protection': 'impersonationLogs',
  'url-protection': 'clickLogs',
};

/** The time fields Mimecast's log records carry (`eventTime` in audit and impersonation logs, `date` in the others). */
const TIME_FIELDS = ['eventTime', 'date', 'dateTime', 'timestamp'];

function recordTime(record: unknown): number | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  for (const field of TIME_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value !== 'string') continue;
    const parsed = parseMimecastDate(value)?.getTime() ?? Date.parse(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

function recordsOf(id: CheckId, data: unknown[]): unknown[] {
  const key = recordsKey[id];
  if (key === null) return data;
  // Each `data` item holds one list; a server that splits a page over several items is counted in full.
  return data.flatMap((item) => {
    const list = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) ? (list as unknown[]) : [];
  });
}

function paginationOf(body: unknown): { totalCount?: number; next?: string } {
  const meta = (body as { meta?: { pagination?: Record<string, unknown> } } | null)?.meta?.pagination;
  if (!meta) return {};
  const total = Number(meta.totalCount);
  return {
    ...(Number.isInteger(total) && total >= 0 ? { totalCount: total } : {}),
    ...(typeof meta.next === 'string' && meta.next ? { next: meta.next } : {}),
  };
}

/** The recent records in a successful probe answer; undefined when the body is not a data envelope. */
export function readRecentEvents(id: CheckId, body: unknown, since: Date): RecentEvents | undefined {
  const envelope = dataEnvelopeSchema.safeParse(body);
  if (!envelope.success) return undefined;
  const records = recordsOf(id, envelope.data.data);
  const { totalCount, next } = paginationOf(body);
  const times = records.map(recordTime).filter((t): t is number => t !== undefined);
  // A total smaller than the page (a server counting something else) never hides records that are there.
  const count = Math.max(totalCount ?? 0, records.length);
  // Without a total, a next page says there is more; some servers send a `next` on an empty last page, so an empty
  // page never does.
  const more = totalCount !== undefined ? count > records.length : records.length > 0 && next !== undefined;
  return {
    count,
    more,
    newest: times.length ? new Date(Math.max(...times)).toISOString() : null,
    since: since.toISOString(),
  };
}
