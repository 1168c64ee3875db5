import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { tempDataDir } from '../../../../../testing/services.ts';

describe('report (CLI contract)', () => {
  it('writes the HTML report and answers {"written": FILE}', async () => {
    const dataDir = tempDataDir('aw-report-cli-');
    const out = join(tempDataDir('aw-report-out-'), 'report.html');
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

  it.each([
    ['its settings file', 'settings.json'],
    ['a new file in it', 'report.html'],
    ['a file in a sub-folder', join('profiles', 'default.json')],
  ])('refuses --out inside the data folder (%s): exit 2, and the settings and profiles are kept', async (_, name) => {
    const dataDir = tempDataDir();
    const outside = join(tempDataDir(), 'r.html');
    expect((await cli(['report', '--out', outside, '--data-dir', dataDir])).code).toBe(0);
    const before = [readFileSync(join(dataDir, 'settings.json'), 'utf8'), readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')];
    const run = await cli(['report', '--out', join(dataDir, name), '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'out-in-data-folder', message: expect.stringContaining('data folder') as string } });
    expect([readFileSync(join(dataDir, 'settings.json'), 'utf8'), readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')]).toEqual(before);
    expect(readFileSync(outside, 'utf8')).toContain('Default tenant');
  });

  it('refuses --out through a symbolic link into the data folder', async () => {
    const dataDir = tempDataDir();
    const elsewhere = tempDataDir();
    symlinkSync(dataDir, join(elsewhere, 'link'));
    writeFileSync(join(dataDir, 'keep.txt'), 'kept');
    const run = await cli(['report', '--out', join(elsewhere, 'link', 'keep.txt'), '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dataDir, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('a full disk (/dev/full) is exit 2 with what happened, not an internal failure', async () => {
    const run = await cli(['report', '--out', '/dev/full', '--json', '--data-dir', tempDataDir()]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'out-unwritable', message: expect.stringContaining('no space left') as string } });
  });

  it('an unwritable destination is exit 2', async () => {
    const dataDir = tempDataDir();
    const run = await cli(['report', '--out', join(tempDataDir(), 'no-such-folder', 'r.html'), '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'out-unwritable' } });
  });
});
