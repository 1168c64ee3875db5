import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { createRequire } from 'node:module';
import { openConfStore } from '../services/settings/conf-store.ts';
import { createServices, type Services } from '../services/compose.ts';
import { defaultDataDir } from '../services/paths.ts';
import { fileSink } from '../services/logging/logger.ts';
import { createKeyringSecretStore } from '../services/secrets/keyring-secret-store.ts';
import { AppError } from '../../shared/errors.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliContext, type CliIO, type CliOutcome, type ExitCode, type GlobalOptions } from './command.ts';
import { commands } from './commands/index.ts';
import { readFirstLine } from './stdin.ts';
import { join } from 'node:path';

const globalOptions = {
  'data-dir': { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'mimecast-aw — headless commands of the Mimecast → Arctic Wolf onboarding assistant',
    '',
    'Usage: mimecast-aw <command> [options]        (in a checkout: npm run --silent cli -- <command> [options])',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}${c.usage ? `\n  ${' '.repeat(width)}  options: ${c.usage}` : ''}`),
    '',
    'Options for every command (anywhere on the line):',
    '  --data-dir DIR   where profiles live (default: the app’s user-data folder; env MIMECAST_AW_DATA_DIR)',
    '  --profile NAME   the Mimecast tenant profile (default: default)',
    '  --json           print exactly one JSON document on stdout',
    '  --help, --version',
    '',
    'Exit codes: 0 all good · 1 it ran and something failed · 2 usage or input error.',
    'Secrets are never taken from the command line: they are read from stdin or from the profile.',
    '',
  ].join('\n');
}

/** Every option any command knows, so positionals can be told from option values before the command is known. */
function allOptions(): ParseArgsOptionsConfig {
  return Object.assign({}, globalOptions, ...commands.map((c) => c.options)) as ParseArgsOptionsConfig;
}

function findCommand(positionals: string[]): CliCommand | undefined {
  const two = positionals.slice(0, 2).join(' ');
  return commands.find((c) => c.name === two) ?? commands.find((c) => c.name === positionals[0]);
}

function emit(io: CliIO, json: boolean, outcome: CliOutcome): ExitCode {
  if (json) io.stdout(`${JSON.stringify(outcome.json)}\n`);
  else if (outcome.text) (outcome.exitCode === EXIT_USAGE ? io.stderr : io.stdout)(`${outcome.text}\n`);
  return outcome.exitCode;
}

function errorOutcome(exitCode: ExitCode, code: string, message: string): CliOutcome {
  return { exitCode, json: { error: { code, message } }, text: message };
}

/** Runs one CLI invocation and returns its exit code. All output goes through `io`. */
export async function runCli(argv: string[], io: CliIO): Promise<ExitCode> {
  // --json is honoured even when the rest of the line is bad, so scripts always get their one JSON document.
  const json = argv.includes('--json');
  let services: Services | undefined;
  try {
    const loose = parseArgs({ args: argv, options: allOptions(), allowPositionals: true, strict: false });
    if (loose.values.version) return emit(io, json, { exitCode: EXIT_OK, json: { version }, text: version });
    const command = findCommand(loose.positionals);
    if (loose.values.help || loose.positionals.length === 0) {
      const exitCode = loose.values.help ? EXIT_OK : EXIT_USAGE;
      return emit(io, json, { exitCode, json: { commands: commands.map(({ name, summary, usage }) => ({ name, summary, usage })) }, text: helpText() });
    }
    if (!command) throw new UsageError(`Unknown command “${loose.positionals.join(' ')}”. Run with --help to see the commands.`);

    const parsed = parseArgs({ args: argv, options: { ...globalOptions, ...command.options }, allowPositionals: true, strict: true });
    const extra = parsed.positionals.slice(command.name.split(' ').length);
    if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}” for “${command.name}”.`);

    const global: GlobalOptions = {
      dataDir: parsed.values['data-dir'] ?? (io.env.MIMECAST_AW_DATA_DIR || defaultDataDir(io.env)),
      profile: parsed.values.profile ?? 'default',
      json,
    };
    const values = Object.fromEntries(Object.entries(parsed.values).filter(([k]) => !(k in globalOptions)));
    const getServices = (): Services =>
      (services ??= createServices({
        dataDir: global.dataDir,
        openStore: openConfStore,
        version,
        platform: process.platform,
        logSinks: [fileSink(join(global.dataDir, 'logs', 'cli.log'))],
        openExternal: () => Promise.reject(new AppError('not-supported', 'The CLI does not open links.')),
        emit: () => {},
        // The CLI keeps secrets in the OS keychain only: no memory fallback for a process that ends at once.
        secrets: { keyring: createKeyringSecretStore({ platform: process.platform }), fallback: 'refuse' },
      }));
    const context: CliContext = {
      values,
      global,
      io,
      services: getServices,
      profile({ create = false } = {}) {
        const profiles = getServices().profiles;
        const found = profiles.resolve(global.profile);
        if (found) return found;
        if (create) {
          profiles.create(global.profile);
          return profiles.active();
        }
        const known = profiles.state().profiles.map((p) => p.id).join(', ');
        throw new UsageError(`No profile “${global.profile}” in ${global.dataDir}. Known profiles: ${known}.`, 'profile-not-found');
      },
      readStdinLine: (what) => readFirstLine(io.stdin, what, io.stderr),
    };
    return emit(io, json, await command.run(context));
  } catch (error) {
    if (error instanceof UsageError) return emit(io, json, errorOutcome(EXIT_USAGE, error.code, error.message));
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return emit(io, json, errorOutcome(EXIT_USAGE, 'usage', `${error.message}. Run with --help to see the options.`));
    }
    if (error instanceof AppError) {
      const message = services ? services.redactor.redact(error.message) : error.message;
      return emit(io, json, errorOutcome(EXIT_FAILED, error.code, message));
    }
    services?.logger.error('cli command failed', { error: error instanceof Error ? error.message : String(error) });
    return emit(io, json, errorOutcome(EXIT_FAILED, 'internal', 'The command failed unexpectedly. See logs/cli.log in the data folder.'));
  }
}
