import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../../electron/cli/data-dir.ts';
import { defaultDataDir } from '../../../../electron/services/paths.ts';
import { cli } from '../../../helpers/cli.ts';
import { tempDataDir } from '../../../../testing/services.ts';

const errorOf = (stdout: string): { code: string; message: string } => (JSON.parse(stdout) as { error: { code: string; message: string } }).error;

describe('resolveDataDir', () => {
  it('takes --data-dir, else MIMECAST_AW_DATA_DIR, else the app’s folder; always as an absolute path', () => {
    const base = tempDataDir();
    expect(resolveDataDir('rel/data', {}, base)).toBe(join(base, 'rel', 'data'));
    expect(resolveDataDir(undefined, { MIMECAST_AW_DATA_DIR: join(base, 'env') }, base)).toBe(join(base, 'env'));
    expect(resolveDataDir(undefined, { MIMECAST_AW_DATA_DIR: '', HOME: base, XDG_CONFIG_HOME: base }, base)).toBe(defaultDataDir({ XDG_CONFIG_HOME: base }));
  });
});

describe('--data-dir (CLI)', () => {
  it('an empty value is a usage error (exit 2): nothing lands in a default folder or the current one', async () => {
    // The parser answers an empty or blank value itself, as a missing value; resolveDataDir refuses one too (below).
    for (const empty of ['', '  ']) {
      const run = await cli(['credentials', 'status', '--json', '--data-dir', empty]);
      expect(run.code).toBe(2);
      expect(errorOf(run.stdout)).toEqual({ code: 'data-dir-missing', message: expect.stringMatching(/--data-dir.* needs a value/) as string });
    }
    expect(() => resolveDataDir(' ', {})).toThrow(/--data-dir needs a folder, but it was given an empty value/);
  });

  it('a file, or a path through a file, is a usage error (exit 2) that names it', async () => {
    const base = tempDataDir();
    const file = join(base, 'settings.txt');
    writeFileSync(file, 'not a folder');
    const run = await cli(['credentials', 'status', '--json', '--data-dir', file]);
    expect(run.code).toBe(2);
    expect(errorOf(run.stdout)).toEqual({ code: 'invalid-data-dir', message: `--data-dir: “${file}” is a file, not a folder. Name a folder (it is created if missing).` });
    const below = await cli(['credentials', 'status', '--data-dir', join(file, 'data')]);
    expect(below.code).toBe(2);
    expect(below.stderr).toContain(`“${file}” is a file, so`);
    const fromEnv = await cli(['credentials', 'status'], '', { MIMECAST_AW_DATA_DIR: file });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/^MIMECAST_AW_DATA_DIR: /);
  });

  it('creates the data folder and profiles/ for the owner only (0700)', async () => {
    const dataDir = join(tempDataDir(), 'new', 'data');
    expect((await cli(['credentials', 'status', '--data-dir', dataDir])).code).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'profiles')).mode & 0o777).toBe(0o700);
    const loose = join(tempDataDir(), 'loose');
    mkdirSync(loose, { mode: 0o755 });
    expect((await cli(['credentials', 'status', '--data-dir', loose])).code).toBe(0);
    expect(statSync(loose).mode & 0o777).toBe(0o700);
  });
});
