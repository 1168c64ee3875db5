import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fleetCsv, fleetCsvHeader, neutraliseFormula } from '../../../../../electron/cli/fleet/fleet-csv.ts';
import type { FleetRun } from '../../../../../shared/fleet/fleet-run.ts';

const run: FleetRun = {
  ok: false,
  total: 3,
  passed: 1,
  failed: 2,
  results: [
    { profile: 'acme', name: 'Acme, "Inc."\nEurope', ok: true, baseUrl: 'https://uk-api.services.mimecast.com', failedChecks: [], error: null, durationMs: 812 },
    { profile: 'evil', name: '=HYPERLINK("http://x.example","click")', ok: false, baseUrl: 'https://api.services.mimecast.com', failedChecks: ['url-protection', 'audit-events'], error: null, durationMs: 1200 },
    { profile: 'gone', name: '@SUM(1+1)', ok: false, baseUrl: '', failedChecks: [], error: { code: 'secret-missing', message: 'The secret is gone. Capture it again.' }, durationMs: 3 },
  ],
  skipped: ['new-customer'],
  cancelled: [],
  durationMs: 2000,
};

describe('fleetCsv', () => {
  const text = fleetCsv(run);

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV parser: quotes, commas and line breaks in names stay inside their field', () => {
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([...fleetCsvHeader]);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['acme', 'Acme, "Inc."\nEurope', 'passed', 'https://uk-api.services.mimecast.com', '', '', '', '812']);
    expect(rows[2]![4]).toBe('url-protection audit-events');
    expect(rows[3]!.slice(5, 7)).toEqual(['secret-missing', 'The secret is gone. Capture it again.']);
    expect(rows[4]).toEqual(['new-customer', '', 'skipped', '', '', 'no-credentials', 'No credentials are stored for this profile.', '']);
  });

  it('a name a spreadsheet would run as a formula is written as text (leading apostrophe)', () => {
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[2]![1]).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(rows[3]![1]).toBe(`'@SUM(1+1)`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('every field is quoted', () => {
    const firstLine = text.slice(1).split('\r\n')[0]!;
    expect(firstLine).toBe(fleetCsvHeader.map((h) => `"${h}"`).join(','));
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+2', '+1', '-1', '@A1', '\tx', '\rx'])('%j gets an apostrophe', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });
  it.each(['Acme', 'a=b', '', '1-2', "'quoted"])('%j stays as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});
