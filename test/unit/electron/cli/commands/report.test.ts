import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

describe('report (CLI contract)', () => {
  it('writes the HTML report and answers {"written": FILE}', async () => {
    const dataDir = tempDataDir('aw-report-cli-');
    const out = join(dataDir, 'report.html');
    const run = await cli(['report', '--out', out, '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ written: out });
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Default tenant');
  });

  it('requires --out: exit 2', async () => {
    const run = await cli(['report', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'out-missing' } });
  });

  it('an unwritable destination is exit 2', async () => {
    const dataDir = tempDataDir();
    const run = await cli(['report', '--out', join(dataDir, 'no-such-folder', 'r.html'), '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'out-unwritable' } });
  });
});
