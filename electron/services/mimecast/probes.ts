import type { CheckId } from '../../../shared/verification/report.ts';
import { formatMimecastDate } from './mimecast-dates.ts';

/**
 * The smallest request that proves one permission: one page of one record over the last hour. A permission that is
 * missing is refused whatever the window, and a short window keeps the call cheap on a busy tenant.
 */
export const PROBE_WINDOW_MS = 60 * 60 * 1000;

export function probeBody(id: CheckId, now: Date): { meta: { pagination: { pageSize: number } }; data: [Record<string, unknown>] } {
  const from = formatMimecastDate(new Date(now.getTime() - PROBE_WINDOW_MS));
  const to = formatMimecastDate(now);
  return { meta: { pagination: { pageSize: 1 } }, data: [probeFilters(id, from, to)] };
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
