import { describe, expect, it } from 'vitest';
import { fleetTable } from '../../../../../electron/cli/fleet/fleet-table.ts';
import type { FleetRun } from '../../../../../shared/fleet/fleet-run.ts';

const base: FleetRun = {
  ok: false,
  total: 3,
  passed: 1,
  failed: 2,
  results: [
    { profile: 'acme', name: 'Acme Ltd', ok: true, baseUrl: 'https://uk-api.services.mimecast.com', failedChecks: [], error: null, durationMs: 812 },
    { profile: 'globex', name: 'globex', ok: false, baseUrl: 'https://api.services.mimecast.com', failedChecks: ['url-protection', 'audit-events'], error: null, durationMs: 1250 },
    { profile: 'initech', name: 'Initech\u001b[31m', ok: false, baseUrl: 'https://us-api.services.mimecast.com', failedChecks: [], error: { code: 'secret-missing', message: 'The secret is gone. Capture it again.' }, durationMs: 4 },
  ],
  skipped: ['hooli'],
  cancelled: [],
  durationMs: 2140,
};

describe('fleetTable', () => {
  const lines = fleetTable(base).split('\n');

  it('has a header and one aligned row per tenant: tenant, gateway, result, failed checks, time', () => {
    expect(lines[0]).toMatch(/^TENANT\s+GATEWAY\s+RESULT\s+FAILED CHECKS\s+TIME$/);
    const column = (name: string) => lines[0]!.indexOf(name);
    expect(lines[1]).toMatch(/^Acme Ltd \(acme\)\s+https:\/\/uk-api\.services\.mimecast\.com\s+passed\s+—\s+0\.8 s$/);
    expect(lines[2]).toMatch(/^globex\s+https:\/\/api\.services\.mimecast\.com\s+FAILED\s+url-protection, audit-events\s+1\.3 s$/);
    for (const row of lines.slice(1, 4)) {
      expect(row.indexOf('https://')).toBe(column('GATEWAY'));
    }
    expect(lines[3]!.slice(column('RESULT'))).toMatch(/^error\s+secret-missing\s+0\.0 s$/);
  });

  it('shows control and bidirectional characters in a name as their code points, so a name cannot drive the terminal or reorder the line', () => {
    expect(lines[3]).toContain('Initech⟨U+001B⟩[31m (initech)');
    expect(fleetTable(base)).not.toContain('\u001b');
    const reordered = fleetTable({ ...base, results: [{ ...base.results[0]!, name: 'Initech \u202Ekoob' }] });
    expect(reordered).toContain('Initech ⟨U+202E⟩koob (acme)');
    expect(reordered).not.toContain('\u202E');
  });

  it('explains errors, lists skipped profiles and ends with a summary', () => {
    const text = fleetTable(base);
    expect(text).toContain('Could not verify:\n  Initech⟨U+001B⟩[31m: The secret is gone. Capture it again.');
    expect(text).toContain('Skipped (no stored credentials): hooli');
    expect(lines.at(-1)).toBe('1 of 3 tenants passed, 2 failed (2.1 s).');
  });

  it('no token: FAILED “token” with the token’s own code, and its message under “Could not verify” (DNS failure and wrong secret told apart)', () => {
    const noToken = (profile: string, code: string, message: string) => ({ profile, name: profile, ok: false, baseUrl: 'https://api.services.mimecast.com', failedChecks: ['token'], error: { code, message }, durationMs: 30 });
    const text = fleetTable({
      ...base,
      results: [noToken('lost', 'dns-failure', 'The name tenant.invalid could not be found.'), noToken('wrong', 'invalid-credentials', 'Mimecast refused the Client ID or secret.')],
    });
    const rows = text.split('\n');
    expect(rows[1]).toMatch(/^lost\s+https:\S+\s+FAILED\s+token \(dns-failure\)\s+0\.0 s$/);
    expect(rows[2]).toMatch(/^wrong\s+https:\S+\s+FAILED\s+token \(invalid-credentials\)\s+0\.0 s$/);
    expect(text).toContain('Could not verify:\n  lost: The name tenant.invalid could not be found.\n  wrong: Mimecast refused the Client ID or secret.');
  });

  it('says plainly when there was nothing to verify', () => {
    const text = fleetTable({ ...base, ok: false, total: 0, passed: 0, failed: 0, results: [], skipped: ['default'] });
    expect(text).toMatch(/^No profile has stored credentials/);
    expect(text).toMatch(/Nothing verified .* credentials set --profile ID --client-id ID$/);
  });

  it('clips a very long name', () => {
    const long = 'N'.repeat(80);
    const text = fleetTable({ ...base, results: [{ ...base.results[0]!, name: long }] });
    expect(text).toContain(`${'N'.repeat(31)}… (acme)`);
  });
});
