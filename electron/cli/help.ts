import type { CliCommand, OptionSpec, OptionSpecs } from './command.ts';
import { globalOptions } from './options.ts';

const EXIT_CODES = 'Exit codes: 0 all good · 1 it ran and something failed · 2 usage or input error.';
const SECRETS = 'Secrets are never taken from the command line: they are read from stdin or from the profile.';

function flagText(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
}

/** `--client-id ID [--base-url URL]`: required options bare, the others in brackets. */
export function usageOf(command: CliCommand): string {
  return [
    ...(command.argument ? [command.argument.value] : []),
    ...Object.entries(command.options).map(([name, spec]) => (spec.required ? flagText(name, spec) : `[${flagText(name, spec)}]`)),
  ].join(' ');
}

function optionLines(specs: OptionSpecs): string[] {
  const entries = Object.entries(specs);
  const width = Math.max(...entries.map(([name, spec]) => flagText(name, spec).length));
  return entries.map(([name, spec]) => `  ${flagText(name, spec).padEnd(width)}  ${spec.help}${spec.required ? ' (required)' : ''}`);
}

/** The list of commands, for `mimecast-aw --help`. */
export function globalHelp(commands: CliCommand[], heading = 'mimecast-aw — headless commands of the Mimecast → Arctic Wolf onboarding assistant'): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    heading,
    '',
    'Usage: mimecast-aw <command> [options]        (in a checkout: npm run --silent cli -- <command> [options])',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command (anywhere on the line):',
    ...optionLines(globalOptions),
    '',
    'Run “mimecast-aw <command> --help” (or “mimecast-aw help <command>”) for a command’s own options.',
    EXIT_CODES,
    SECRETS,
    '',
  ].join('\n');
}

/** One command's usage, options and notes, for `mimecast-aw <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const usage = usageOf(command);
  return [
    `Usage: mimecast-aw ${command.name}${usage ? ` ${usage}` : ''} [options for every command]`,
    '',
    command.summary,
    ...(command.notes && command.notes.length > 0 ? ['', ...command.notes] : []),
    '',
    ...(Object.keys(command.options).length > 0 ? ['Options:', ...optionLines(command.options), ''] : []),
    'Options for every command:',
    ...optionLines(globalOptions),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

/** The `--json` form of a command's help: what a script needs to build a command line. */
export function commandHelpJson(command: CliCommand): unknown {
  return {
    command: command.name,
    summary: command.summary,
    usage: usageOf(command),
    options: Object.entries(command.options).map(([name, spec]) => ({ name: `--${name}`, value: spec.value ?? null, required: spec.required ?? false, help: spec.help })),
  };
}
