import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError, type CliCommand, type OptionSpec, type OptionSpecs } from './command.ts';
import { globalOptions } from './options.ts';

export type ParsedLine =
  | { kind: 'version' }
  /** `--help`, or no command at all: `command` when one was named, `group` for `credentials --help`. */
  | { kind: 'help'; command?: CliCommand; group?: string; asked: boolean }
  | { kind: 'run'; command: CliCommand; values: Record<string, string | boolean> };

const quote = (text: string): string => `“${text}”`;
const flag = (name: string, spec?: OptionSpec): string => (spec?.value ? `--${name} ${spec.value}` : `--${name}`);

/** The parseArgs configuration for a set of option specs (type and short alias only). */
function parseArgsConfig(specs: OptionSpecs): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = {};
  for (const [name, spec] of Object.entries(specs)) config[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  return config;
}

/** Every option any command knows: positionals can be told from option values before the command is known. */
function everyOption(commands: CliCommand[]): OptionSpecs {
  return Object.assign({}, globalOptions, ...commands.map((c) => c.options)) as OptionSpecs;
}

function findCommand(commands: CliCommand[], words: string[]): CliCommand | undefined {
  const two = words.slice(0, 2).join(' ');
  return commands.find((c) => c.name === two) ?? commands.find((c) => c.name === words[0]);
}

/**
 * Reads the command line against the declared options. Node's parseArgs only splits it into tokens (non-strict);
 * the checks are ours, so every mistake gets one plain sentence: an unknown or repeated option, a missing or
 * empty value, a value given to a switch, a missing required option, an unknown command or a stray word.
 */
export function parseCommandLine(argv: string[], commands: CliCommand[]): ParsedLine {
  const known = everyOption(commands);
  const { tokens } = parseArgs({ args: argv, options: parseArgsConfig(known), strict: false, allowPositionals: true, tokens: true });
  const allWords = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const given = new Set(tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : [])));

  // `-V` and `-v` as well as --version: what people type first to ask a command-line tool its version.
  if (given.has('version') || given.has('v')) return { kind: 'version' };
  // `mimecast-aw help <command>` is `mimecast-aw <command> --help` (and `help` alone the list of commands).
  const helpWord = allWords[0] === 'help' && !findCommand(commands, allWords);
  const words = helpWord ? allWords.slice(1) : allWords;
  const command = findCommand(commands, words);
  const group = !command && words[0] && commands.some((c) => c.name.startsWith(`${words[0]} `)) ? words[0] : undefined;
  if (helpWord && words.length > 0 && !command && !group) {
    throw new UsageError(`Unknown command ${quote(words.join(' '))}. Run “mimecast-aw help” to see the commands.`);
  }
  const asked = given.has('help') || helpWord;
  if (asked || words.length === 0) return { kind: 'help', asked, ...(command ? { command } : {}), ...(group ? { group } : {}) };

  if (!command) {
    if (group) {
      const subcommands = commands.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
      const what = words[1] ? `has no subcommand ${quote(words[1])}` : 'needs a subcommand';
      throw new UsageError(`${quote(group)} ${what}: ${subcommands.join(', ')}. Run “mimecast-aw ${group} --help” to see them.`);
    }
    throw new UsageError(`Unknown command ${quote(words.join(' '))}. Run “mimecast-aw --help” to see the commands.`);
  }

  const allowed: OptionSpecs = { ...globalOptions, ...command.options };
  const seeHelp = `Run “mimecast-aw ${command.name} --help” to see its options.`;
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(allowed, token.name) ? allowed[token.name] : undefined;
    if (!spec) {
      const elsewhere = Object.hasOwn(known, token.name) ? ` is not an option of ${quote(command.name)}` : ' is not an option';
      throw new UsageError(`${quote(token.rawName)}${elsewhere}. ${seeHelp}`);
    }
    if (token.name in values) throw new UsageError(`${quote(`--${token.name}`)} is given twice; give it once. ${seeHelp}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${quote(`--${token.name}`)} takes no value (it was given ${quote(token.value)}). ${seeHelp}`);
      values[token.name] = true;
      continue;
    }
    // parseArgs (non-strict) takes the next word as the value even when it is another option: that is a missing value.
    const value = token.value;
    const swallowedOption = value !== undefined && !token.inlineValue && value.startsWith('-') && value.length > 1;
    if (value === undefined || value.trim() === '' || swallowedOption) {
      throw new UsageError(`${quote(`--${token.name}`)} needs a value: ${flag(token.name, spec)}. ${seeHelp}`, `${token.name}-missing`);
    }
    values[token.name] = value;
  }

  const extra = words.slice(command.name.split(' ').length);
  const argument = command.argument;
  if (argument) {
    const given = extra.shift();
    if (given === undefined || given.trim() === '') {
      throw new UsageError(`${quote(command.name)} needs ${argument.value}: ${argument.help}. ${seeHelp}`, `${argument.name}-missing`);
    }
    values[argument.name] = given;
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument ${quote(extra[0]!)} for ${quote(command.name)}. ${seeHelp}`);
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && !(name in values)) throw new UsageError(`${flag(name, spec)} is required: ${spec.help}. ${seeHelp}`, `${name}-missing`);
  }
  return { kind: 'run', command, values };
}
