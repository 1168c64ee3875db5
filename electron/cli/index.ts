import manifest from '../../package.json' with { type: 'json' };
import { join } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliContext, type CliIO, type CliOutcome, type ExitCode, type GlobalOptions } from './command.ts';
import type { Services } from '../services/compose.ts';
import { commands, STORE_KEY_CREATE } from './commands/index.ts';
import { commandHelp, commandHelpJson, globalHelp, usageOf } from './help.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { readFirstLine } from './stdin.ts';
import { resolveDataDir } from './data-dir.ts';
import { internalFailure } from './internal-failure.ts';
import { storeKeyOfRun } from './store-key-option.ts';
import { plain, styleFor } from './style.ts';
import { cliMessage } from './cli-wording.ts';
import { footprintBefore, undoRefusedRun, type RunFootprint } from './refused-run.ts';
import type { StoreRecovery } from '../../shared/domain/profile.ts';

const version = manifest.version;

function emit(io: CliIO, json: boolean, outcome: CliOutcome): ExitCode {
  if (json) io.stdout(`${JSON.stringify(outcome.json)}\n`);
  else if (outcome.text) (outcome.exitCode === EXIT_USAGE ? io.stderr : io.stdout)(`${outcome.text}\n`);
  return outcome.exitCode;
}

function errorOutcome(exitCode: ExitCode, code: string, message: string): CliOutcome {
  return { exitCode, json: { error: { code, message } }, text: message };
}

/** `--help` (exit 0), or no command at all (the same text on stderr, exit 2). */
function helpOutcome(parsed: Extract<ReturnType<typeof parseCommandLine>, { kind: 'help' }>): CliOutcome {
  const exitCode = parsed.asked ? EXIT_OK : EXIT_USAGE;
  if (parsed.command) return { exitCode, json: commandHelpJson(parsed.command), text: commandHelp(parsed.command) };
  const listed = parsed.group ? commands.filter((c) => c.name.startsWith(`${parsed.group} `)) : commands;
  return {
    exitCode,
    json: { commands: listed.map((c) => ({ name: c.name, summary: c.summary, usage: usageOf(c) })) },
    text: parsed.group ? globalHelp(listed, `mimecast-aw ${parsed.group} — its commands:`) : globalHelp(listed),
  };
}

/** Runs one CLI invocation and returns its exit code. All output goes through `io`. */
export async function runCli(argv: string[], io: CliIO): Promise<ExitCode> {
  // --json is honoured even when the rest of the line is bad, so scripts always get their one JSON document.
  const json = argv.includes('--json');
  let services: Services | undefined;
  let logFile: string | undefined;
  let dataDir: string | undefined;
  let footprint: RunFootprint | undefined;
  let profileName = 'default';
  try {
    const parsed = parseCommandLine(argv, commands);
    if (parsed.kind === 'version') return emit(io, json, { exitCode: EXIT_OK, json: { version }, text: version });
    if (parsed.kind === 'help') return emit(io, json, helpOutcome(parsed));

    const { command, values: all } = parsed;
    dataDir = resolveDataDir(typeof all['data-dir'] === 'string' ? all['data-dir'] : undefined, io.env);
    footprint = footprintBefore(dataDir);
    // `store-key create` makes a key; every other command may be given one to keep and read its secrets with.
    const storeKey = command.name === STORE_KEY_CREATE ? undefined : await storeKeyOfRun(typeof all['store-key'] === 'string' ? all['store-key'] : undefined, io.env, dataDir);
    const global: GlobalOptions = { dataDir, profile: typeof all.profile === 'string' ? all.profile : 'default', profileGiven: typeof all.profile === 'string', json, ...(storeKey ? { storeKey } : {}) };
    profileName = global.profile;
    logFile = join(dataDir, 'logs', 'cli.log');
    const values = Object.fromEntries(Object.entries(all).filter(([name]) => Object.hasOwn(command.options, name) || name === command.argument?.name));
    // Loaded here, after the line is known to be good: --help and usage errors never pay for the services.
    const [{ run }, { createCliServices }] = await Promise.all([command.load(), import('./node-services.ts')]);
    const getServices = (): Services => (services ??= createCliServices(global.dataDir, version, storeKey));
    const context: CliContext = {
      values,
      global,
      io,
      services: getServices,
      profile({ create = false } = {}) {
        const profiles = getServices().profiles;
        // Found or made in one locked step: parallel commands naming the same new profile all land in the same one.
        if (create) {
          const existed = profiles.resolve(global.profile);
          const activeBefore = profiles.state().activeId;
          let profile;
          try {
            profile = profiles.ensure(global.profile);
          } catch (error) {
            // A new profile's name is input like any option: a name the app would refuse is a usage error (exit 2).
            if (error instanceof AppError && error.code === 'profile-name-invalid') throw new UsageError(`--profile: ${error.message}`, error.code);
            throw error;
          }
          // Remembered so that a refusal later in the run takes it away again.
          if (!existed && footprint) {
            footprint.activeBefore ??= activeBefore;
            footprint.createdProfiles.push(profile.id);
          }
          return profile;
        }
        const found = profiles.resolve(global.profile);
        if (found) return found;
        const known = profiles.state().profiles.map((p) => p.id).join(', ');
        throw new UsageError(`No profile “${global.profile}” in ${global.dataDir}. Known profiles: ${known}.`, 'profile-not-found');
      },
      readStdinLine: (what) => readFirstLine(io.stdin, what, io.stderr),
      style: json ? plain : styleFor(io.terminal?.stdout, io.env),
    };
    const outcome = await run(context);
    if (outcome.exitCode === EXIT_USAGE) await undoRefusedRun(dataDir, footprint, services);
    return emit(io, json, outcome);
  } catch (error) {
    if (error instanceof UsageError) {
      // A refused command leaves nothing behind: what this run made before the refusal is taken away again.
      if (footprint && dataDir) await undoRefusedRun(dataDir, footprint, services);
      return emit(io, json, errorOutcome(EXIT_USAGE, error.code, cliMessage(error.code, error.message, profileName)));
    }
    if (error instanceof AppError) {
      const message = services ? services.redactor.redact(error.message) : error.message;
      return emit(io, json, errorOutcome(EXIT_FAILED, error.code, cliMessage(error.code, message, profileName)));
    }
    return emit(io, json, errorOutcome(EXIT_FAILED, 'internal', internalFailure(error, services?.logger, logFile)));
  } finally {
    // Whatever the outcome, a damaged file this run set aside is named on stderr (stdout keeps its one document).
    for (const note of recoveryNotes(services?.profiles.recoveries() ?? [])) io.stderr(`${note}\n`);
  }
}

/** One line per damaged file this run set aside: where it went, and what was carried over from it. */
function recoveryNotes(recoveries: readonly StoreRecovery[]): string[] {
  return recoveries.map((r) => {
    const recovered = r.recovered?.length
      ? `Recovered from it: ${r.recovered.join('; ')}.`
      : 'Nothing in it could be recovered, so that file starts empty.';
    return `Note: ${r.file} could not be read. ${r.reason} It was set aside, not deleted, as ${r.movedTo}. ${recovered}`;
  });
}
