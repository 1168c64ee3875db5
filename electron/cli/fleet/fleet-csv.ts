import { stringify } from 'csv-stringify/sync';
import type { FleetRun } from '../../../shared/fleet/fleet-run.ts';

/**
 * `fleet verify --csv FILE`: one row per tenant, for a spreadsheet. Every field is quoted (RFC 4180, CRLF), with a
 * byte-order mark so Excel reads the names as UTF-8. A text that a spreadsheet would take for a formula (it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return — a tenant called `=HYPERLINK(…)`) gets a leading apostrophe,
 * so it shows as the text it is instead of running.
 */
export const fleetCsvHeader = ['profile', 'name', 'result', 'gateway', 'failed checks', 'error code', 'error message', 'duration ms'] as const;

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function fleetCsv(run: FleetRun): string {
  const rows = run.results.map((r) => [
    r.profile,
    r.name,
    r.ok ? 'passed' : 'failed',
    r.baseUrl,
    r.failedChecks.join(' '),
    r.error?.code ?? '',
    r.error?.message ?? '',
    String(r.durationMs),
  ]);
  const skipped = run.skipped.map((id) => [id, '', 'skipped', '', '', 'no-credentials', 'No credentials are stored for this profile.', '']);
  return stringify([[...fleetCsvHeader], ...rows, ...skipped], {
    quoted: true,
    bom: true,
    record_delimiter: 'windows',
    cast: { string: neutraliseFormula },
  });
}
