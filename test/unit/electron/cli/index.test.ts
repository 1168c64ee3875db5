import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli.ts';
import { tempDataDir } from '../../../helpers/services.ts';

describe('the CLI entry', () => {
  it('lists every contract command under --help, exit 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['credentials set', 'credentials status', 'credentials delete', 'verify', 'check-ip-ranges', 'submit', 'report']) {
      expect(stdout).toContain(command);
    }
  });

  it('answers no command with usage on stderr, exit 2', async () => {
    const { code, stdout } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });

  it('answers an unknown command or flag with exit 2 and one JSON document under --json', async () => {
    for (const args of [['frobnicate', '--json'], ['--json', 'credentials', 'status', '--bogus']]) {
      const { code, stdout } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'usage' } });
      expect(stdout.trim().split('\n')).toHaveLength(1);
    }
  });

  it('accepts the global options anywhere on the line', async () => {
    const dataDir = tempDataDir();
    const { stdout: before } = await cli(['--data-dir', dataDir, '--json', 'report', '--out', join(dataDir, 'r.html')]);
    const { stdout: after } = await cli(['report', '--out', join(dataDir, 'r.html'), '--json', '--data-dir', dataDir]);
    expect(JSON.parse(before)).toEqual(JSON.parse(after));
  });
});
