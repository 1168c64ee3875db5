import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/cli/command.ts';
import { commands } from '../../../../electron/cli/commands/index.ts';
import { globalOptions } from '../../../../electron/cli/options.ts';
import { parseCommandLine } from '../../../../electron/cli/parse-command-line.ts';

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv, commands);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for: ${argv.join(' ')}`);
}

describe('electron/cli/parse-command-line.ts', () => {
  it('finds one- and two-word commands with the options anywhere on the line', () => {
    expect(parseCommandLine(['--profile', 'contoso', 'credentials', 'set', '--client-id', 'abc', '--json'], commands)).toMatchObject({
      kind: 'run',
      command: { name: 'credentials set' },
      values: { profile: 'contoso', 'client-id': 'abc', json: true },
    });
    expect(parseCommandLine(['verify', '--base-url=https://x.example'], commands)).toMatchObject({ kind: 'run', command: { name: 'verify' }, values: { 'base-url': 'https://x.example' } });
  });

  it('answers --help for the command named on the line, for a group, or for all', () => {
    expect(parseCommandLine(['verify', '--help'], commands)).toMatchObject({ kind: 'help', asked: true, command: { name: 'verify' } });
    expect(parseCommandLine(['-h', 'credentials', 'status'], commands)).toMatchObject({ kind: 'help', command: { name: 'credentials status' } });
    expect(parseCommandLine(['credentials', '--help'], commands)).toMatchObject({ kind: 'help', group: 'credentials' });
    expect(parseCommandLine([], commands)).toMatchObject({ kind: 'help', asked: false });
  });

  it('says in one sentence what is wrong with the line, naming the option and the command’s help', () => {
    const cases: Array<[string[], RegExp, string]> = [
      [['verify', '--bogus'], /^“--bogus” is not an option\. Run “mimecast-aw verify --help” to see its options\.$/, 'usage'],
      [['credentials', 'status', '--client-id', 'x'], /^“--client-id” is not an option of “credentials status”\./, 'usage'],
      [['verify', '-x'], /^“-x” is not an option\./, 'usage'],
      [['report', '--out', 'a.html', '--out', 'b.html'], /^“--out” is given twice; give it once\./, 'usage'],
      [['--profile', 'a', 'credentials', 'status', '--profile', 'b'], /^“--profile” is given twice/, 'usage'],
      [['report', '--out'], /^“--out” needs a value: --out FILE\./, 'out-missing'],
      [['report', '--out', '--json'], /^“--out” needs a value: --out FILE\./, 'out-missing'],
      [['report', '--out', '  '], /^“--out” needs a value/, 'out-missing'],
      [['credentials', 'status', '--data-dir', ''], /^“--data-dir” needs a value: --data-dir DIR\./, 'data-dir-missing'],
      [['verify', '--json=yes'], /^“--json” takes no value/, 'usage'],
      [['report'], /^--out FILE is required: the HTML file to write, for example report\.html\. Run “mimecast-aw report --help”/, 'out-missing'],
      [['verify', 'now'], /^Unexpected argument “now” for “verify”\./, 'usage'],
      [['frobnicate'], /^Unknown command “frobnicate”\. Run “mimecast-aw --help” to see the commands\.$/, 'usage'],
      [['credentials'], /^“credentials” needs a subcommand: set, status, delete\./, 'usage'],
      [['credentials', 'frob'], /^“credentials” has no subcommand “frob”/, 'usage'],
    ];
    for (const [argv, message, code] of cases) {
      const error = usageError(argv);
      expect(error.message, argv.join(' ')).toMatch(message);
      expect(error.message, argv.join(' ')).not.toContain('\n');
      expect(error.code, argv.join(' ')).toBe(code);
    }
  });

  it('accepts a value that starts with a dash when it is written --option=value', () => {
    expect(parseCommandLine(['report', '--out=-report.html'], commands)).toMatchObject({ values: { out: '-report.html' } });
  });

  it('has one meaning per option name across all commands, so the line can be read before the command is known', () => {
    const types = new Map<string, string>(Object.entries(globalOptions).map(([name, spec]) => [name, spec.type]));
    for (const command of commands) {
      for (const [name, spec] of Object.entries(command.options)) {
        expect(types.get(name) ?? spec.type, `${command.name} --${name}`).toBe(spec.type);
        expect(Object.hasOwn(globalOptions, name), `${command.name} redeclares the global --${name}`).toBe(false);
        types.set(name, spec.type);
        expect(spec.help, `${command.name} --${name} has help`).not.toBe('');
        if (spec.type === 'string') expect(spec.value, `${command.name} --${name} names its value`).toMatch(/^[A-Z][A-Z,.…]*$/);
      }
    }
  });
});
