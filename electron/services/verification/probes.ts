import { checkCatalog, type ProbeInfo } from '../../../shared/verification/checks.ts';
import { EVENTS_WINDOW_MS, type CheckId, type RecentEvents } from '../../../shared/verification/report.ts';
import { dataEnvelopeSchema } from '../mimecast/envelope.ts';
import { formatMimecastDate, parseMimecastDate } from '../mimecast/mimecast-dates.ts';

/**
 * The request each probe sends, and how its answer is read. One call per log proves the permission and counts the
 * log's recent records at the same time: a page over the last 24 hours, newest first. A missing permission is
 * refused whatever the window, and one page keeps the call cheap on a busy tenant.
 */
export { EVENTS_WINDOW_MS };
/** Records asked for per probe: enough to say "42 in the last 24 hours", small enough to stay one quick page. */
export const EVENTS_PAGE_SIZE = 100;

/** How far back a least-privilege probe reads: its answer's data is never read, only whether Mimecast refused. */
const LEAST_PRIVILEGE_WINDOW_MS = 60 * 60 * 1000;

/**
 * The body a probe sends, built from its catalogue entry: a log probe asks for one page of its window, newest first;
 * a least-privilege probe the smallest well-formed read (one record, the last hour). Every probe is a read.
 */
export function probeBody(probe: ProbeInfo, now: Date): unknown {
  if (!probe.request) return { data: [] };
  const [fromField, toField] = probe.request.dates;
  const required = probe.kind === 'required';
  const from = formatMimecastDate(new Date(now.getTime() - (required ? EVENTS_WINDOW_MS : LEAST_PRIVILEGE_WINDOW_MS)));
  return {
    meta: { pagination: { pageSize: required ? EVENTS_PAGE_SIZE : 1 } },
    data: [{ [fromField]: from, [toField]: formatMimecastDate(now), ...probe.request.filters }],
  };
}

/**
 * The most records of one answer that are read. The probe asks for one page of `EVENTS_PAGE_SIZE`; a server that
 * sends far more is counted by what it sent, but only this many records are looked at for their times.
 */
const MAX_RECORDS_READ = 10 * EVENTS_PAGE_SIZE;
/**
 * The largest count believed: no tenant's log holds a billion records in one day. A larger total (`1e300`) is not
 * an integer any report can keep; it reads as "at least this many".
 */
const MAX_PLAUSIBLE_COUNT = 1_000_000_000;
/** Records before this date are not Mimecast's (API 2.0 came decades later); a time such as year −100 is junk. */
const EARLIEST_PLAUSIBLE_TIME = Date.UTC(2000, 0, 1);
/** A record newer than the window's end by more than this is a server's clock error (or a made-up date), not "newest". */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

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
  // The audit log keeps its records in `data[]` itself, the TTP logs in a list inside each `data` item.
  const key = checkCatalog[id].records;
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
    ...(Number.isInteger(total) && total >= 0 ? { totalCount: Math.min(total, MAX_PLAUSIBLE_COUNT) } : {}),
    ...(typeof meta.next === 'string' && meta.next ? { next: meta.next } : {}),
  };
}

/** The recent records in a successful probe answer; undefined when the body is not a data envelope. */
export function readRecentEvents(id: CheckId, body: unknown, since: Date): RecentEvents | undefined {
  const envelope = dataEnvelopeSchema.safeParse(body);
  if (!envelope.success) return undefined;
  const records = recordsOf(id, envelope.data.data);
  const { totalCount, next } = paginationOf(body);
  // A total smaller than the page (a server counting something else) never hides records that are there.
  const count = Math.min(Math.max(totalCount ?? 0, records.length), MAX_PLAUSIBLE_COUNT);
  // Without a total, a next page says there is more; some servers send a `next` on an empty last page, so an empty
  // page never does. A total at the plausible ceiling is a floor, not a count.
  const more =
    count >= MAX_PLAUSIBLE_COUNT || (totalCount !== undefined ? count > records.length : records.length > 0 && next !== undefined);
  return { count, more, newest: newestTime(records, since), since: since.toISOString() };
}

/**
 * The newest plausible record time, in one pass over at most `MAX_RECORDS_READ` records (no spread into
 * `Math.max`, which overflows the stack on a long list). A time years away is not a record's.
 */
function newestTime(records: unknown[], since: Date): string | null {
  const latestPlausible = since.getTime() + EVENTS_WINDOW_MS + FUTURE_SLACK_MS;
  let newest: number | undefined;
  for (const record of records.slice(0, MAX_RECORDS_READ)) {
    const time = recordTime(record);
    if (time === undefined || time < EARLIEST_PLAUSIBLE_TIME || time > latestPlausible) continue;
    if (newest === undefined || time > newest) newest = time;
  }
  return newest === undefined ? null : new Date(newest).toISOString();
}
