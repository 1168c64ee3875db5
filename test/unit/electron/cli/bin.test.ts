import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../../testing/services.ts';

const root = join(import.meta.dirname, '../../../..');

/** The CLI as a user runs it from a checkout: a separate Node process running the sources. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', join(root, 'electron/cli/bin.js'), ...args], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, MIMECAST_AW_DATA_DIR: tempDataDir() },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('electron/cli/bin.js', () => {
  it('runs from source and prints exactly one JSON document on stdout with --json', () => {
    const { code, stdout } = run(['--version', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown });
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = run(['no-such-command']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command');
  });
});
