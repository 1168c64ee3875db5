import { cutAtGrapheme, visibleName } from '../../../shared/domain/name-text.ts';
import type { FleetRun, FleetTenantResult } from '../../../shared/fleet/fleet-run.ts';
import { plain, type Style } from '../style.ts';

/** `fleet verify` for people: one line per tenant (tenant, gateway, result, failed checks, time), then a summary. */

const NAME_MAX = 32;
/** The RESULT column's place. */
const RESULT = 2;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${cutAtGrapheme(text, max - 1)}…`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The failed checks, the token's with its reason (`token (dns-failure)`); a run that could not start: its error code. */
function failedCell(r: FleetTenantResult): string {
  if (r.failedChecks.length === 0) return r.error ? r.error.code : '—';
  return r.failedChecks.map((check) => (check === 'token' && r.error ? `token (${r.error.code})` : check)).join(', ');
}

/** The table for people; `style` colours the result column (after padding, so the columns stay aligned). */
export function fleetTable(run: FleetRun, style: Style = plain): string {
  const header = ['TENANT', 'GATEWAY', 'RESULT', 'FAILED CHECKS', 'TIME'];
  const tenant = (name: string, profile: string): string => {
    const shown = clip(visibleName(name), NAME_MAX);
    return shown === profile ? shown : `${shown} (${profile})`;
  };
  const rows = run.results.map((r) => [
    tenant(r.name, r.profile),
    r.baseUrl || '—',
    r.ok ? 'passed' : r.failedChecks.length > 0 ? 'FAILED' : 'error',
    failedCell(r),
    seconds(r.durationMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[], colour = (text: string): string => text): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : i === RESULT ? colour(c.padEnd(widths[i]!)) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const colourOf = (r: FleetTenantResult) => (r.ok ? style.ok : style.bad);

  const lines = rows.length > 0 ? [line(header), ...rows.map((row, i) => line(row, colourOf(run.results[i]!)))] : ['No profile has stored credentials, so no tenant was verified.'];
  // Tenants that failed for the same reason (no store key, no keychain in this session) share one line.
  const problems = new Map<string, string[]>();
  for (const r of run.results) if (r.error) problems.set(r.error.message, [...(problems.get(r.error.message) ?? []), visibleName(r.name)]);
  if (problems.size > 0) {
    lines.push('', 'Could not verify:');
    for (const [message, names] of problems) lines.push(`  ${names.join(', ')}: ${message}`);
  }
  if (run.skipped.length > 0) lines.push('', `Skipped (no stored credentials): ${run.skipped.join(', ')}`);
  lines.push(
    '',
    run.total === 0
      ? `Nothing verified (${seconds(run.durationMs)}). Store credentials with: credentials set --profile ID --client-id ID`
      : `${run.passed} of ${run.total} tenants passed${run.failed > 0 ? `, ${run.failed} failed` : ''} (${seconds(run.durationMs)}).`,
  );
  return lines.join('\n');
}
