import { join } from 'node:path';
import manifest from '../../../../package.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { cli } from '../../../helpers/cli.ts';
import { tempDataDir } from '../../../../testing/services.ts';
import { FLEET_DEFAULT_CONCURRENCY, FLEET_MAX_CONCURRENCY } from '../../../../shared/fleet/fleet-run.ts';

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
    const out = join(tempDataDir(), 'r.html');
    const { stdout: before } = await cli(['--data-dir', dataDir, '--json', 'report', '--out', out]);
    const { stdout: after } = await cli(['report', '--out', out, '--json', '--data-dir', dataDir]);
    expect(JSON.parse(before)).toEqual(JSON.parse(after));
  });

  it('prints a command’s own usage and options for “<command> --help”, exit 0 (not the list of commands)', async () => {
    const { code, stdout } = await cli(['verify', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: mimecast-aw verify \[--base-url URL\] \[--client-id ID\]/);
    expect(stdout).toMatch(/^ {2}--client-id ID {2,}verify this Client ID/m);
    expect(stdout).toContain('--data-dir DIR');
    expect(stdout).not.toContain('check-ip-ranges');
    expect(stdout).toMatch(/1 when any of them failed, least privilege included/);
    const set = await cli(['credentials', 'set', '-h']);
    expect(set.stdout).toMatch(/^Usage: mimecast-aw credentials set --client-id ID /);
    expect(set.stdout).toContain('(required)');
    expect(set.stdout).toContain('read from stdin');
  });

  it('gives scripts the command’s options as JSON under --help --json', async () => {
    const { code, stdout } = await cli(['check-ip-ranges', '--help', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      command: 'check-ip-ranges',
      usage: '--admin FILE --arctic-wolf FILE [--current-ip IP]',
      options: [{ name: '--admin', value: 'FILE', required: true }, { name: '--arctic-wolf', required: true }, { name: '--current-ip', required: false }],
    });
  });

  it('answers an unknown or repeated option with one plain sentence on stderr and exit 2', async () => {
    const unknown = await cli(['verify', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('“--bogus” is not an option. Run “mimecast-aw verify --help” to see its options.\n');
    const twice = await cli(['report', '--out', 'a.html', '--out', 'b.html']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe('“--out” is given twice; give it once. Run “mimecast-aw report --help” to see its options.\n');
  });

  it('prints the version for --version, -V and -v alike: exit 0, the version alone on stdout', async () => {
    for (const flag of ['--version', '-V', '-v']) {
      const run = await cli([flag]);
      expect(run, flag).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    }
    expect(JSON.parse((await cli(['-v', '--json'])).stdout)).toEqual({ version: manifest.version });
  });

  it('“help <command>” is “<command> --help”, and “help” alone the list of commands (exit 0)', async () => {
    for (const command of [['verify'], ['fleet', 'verify'], ['credentials', 'set'], ['credentials']]) {
      expect(await cli(['help', ...command]), command.join(' ')).toEqual(await cli([...command, '--help']));
    }
    expect(await cli(['help', 'report', '--json'])).toEqual(await cli(['report', '--help', '--json']));
    expect(await cli(['help'])).toEqual(await cli(['--help']));
    const unknown = await cli(['help', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('Unknown command “frobnicate”. Run “mimecast-aw help” to see the commands.\n');
  });

  it('states the fleet concurrency bounds the fleet service enforces', async () => {
    const { stdout } = await cli(['fleet', 'verify', '--help']);
    expect(stdout).toContain(`1–${FLEET_MAX_CONCURRENCY} (default ${FLEET_DEFAULT_CONCURRENCY})`);
  });
});
