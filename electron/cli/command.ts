import type { Services } from '../services/compose.ts';
import type { ProfileSummary } from '../../shared/domain/profile.ts';
import type { StoreKey } from '../services/secrets/store-key.ts';
import type { Style } from './style.ts';

/** Exit codes of the CLI contract (docs/cli.md): 0 all good, 1 ran and something failed, 2 usage or input error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_USAGE;

/** A usage or input problem: exit 2 with this message (and `{"error":{code,message}}` under --json). */
export class UsageError extends Error {
  readonly code: string;
  constructor(message: string, code = 'usage') {
    super(message);
    this.name = 'UsageError';
    this.code = code;
  }
}

/**
 * One option, declared once: the parser checks the command line against it and `--help` prints it, so adding an
 * option to a command is one entry in its `options`.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value is, as usage shows it: `ID`, `FILE`, `URL` (string options). */
  value?: string;
  /** One short line for `--help`; also ends the "is required" message, so write it as a noun phrase. */
  help: string;
  /** Missing from the line: a usage error (`<name>-missing`) before the command runs. */
  required?: boolean;
  /** A one-letter alias, e.g. `h` for `-h`. */
  short?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** At a terminal (`isTTY` and `setRawMode`), secrets are read at a prompt that echoes nothing. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; isRaw?: boolean; setRawMode?: (mode: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  /**
   * Whether stdout and stderr are a terminal (a person is reading): colour on stdout, progress on stderr. Absent: neither
   * is (a pipe, a file, a test), so the output is exactly what a script reads.
   */
  terminal?: { stdout?: boolean; stderr?: boolean };
}

export interface GlobalOptions {
  dataDir: string;
  profile: string;
  /** `--profile` was on the line (commands that touch no profile by default record into it only then). */
  profileGiven: boolean;
  json: boolean;
  /** The store key of this run (`--store-key`, else `MIMECAST_AW_STORE_KEY_FILE`), read and checked; absent: the keychain. */
  storeKey?: StoreKey;
}

export interface CliContext {
  /** The command's own option values (global ones are in `global`); string options are never empty. */
  values: Record<string, string | boolean | undefined>;
  global: GlobalOptions;
  io: CliIO;
  /** The services wired with Node adapters on `global.dataDir`; opened on first use. */
  services(): Services;
  /** The profile named by `--profile`; with `create`, made when missing (for commands that store something). */
  profile(options?: { create?: boolean }): ProfileSummary;
  /** Reads one line from stdin (a secret or token never comes from argv); at a terminal, with no echo. */
  readStdinLine(what: string): Promise<string>;
  /** Colour for the text on stdout: at a terminal only, never with NO_COLOR (electron/cli/style.ts). */
  style: Style;
}

/** What a command produced: the JSON document for --json, the text for people, and the exit code. */
export interface CliOutcome {
  exitCode: ExitCode;
  json: unknown;
  text: string;
}

export type CommandRun = (context: CliContext) => Promise<CliOutcome>;

export interface CliCommand {
  /** One or two words: `verify`, `credentials set`. */
  name: string;
  summary: string;
  /** The command's own options; the ones every command takes are added by the parser. */
  options: OptionSpecs;
  /**
   * One required word after the command (`store-key create FILE`): `name` is its key in `values`, `value` how usage
   * shows it, `help` ends the "needs" message.
   */
  argument?: { name: string; value: string; help: string };
  /** More lines for the command's `--help`: where a secret comes from, what the exit codes mean for it. */
  notes?: string[];
  /** The implementation, loaded only when the command runs: `--help` and usage errors never load the services. */
  load(): Promise<{ run: CommandRun }>;
}
