import type { ParseArgsOptionsConfig } from 'node:util';
import type { Services } from '../services/compose.ts';
import type { ProfileSummary } from '../../shared/domain/profile.ts';

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

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  dataDir: string;
  profile: string;
  json: boolean;
}

export interface CliContext {
  /** The command's own option values (global ones are in `global`). */
  values: Record<string, string | boolean | undefined>;
  global: GlobalOptions;
  io: CliIO;
  /** The services wired with Node adapters on `global.dataDir`; opened on first use. */
  services(): Services;
  /** The profile named by `--profile`; with `create`, made when missing (for commands that store something). */
  profile(options?: { create?: boolean }): ProfileSummary;
  /** Reads one line from stdin (a secret or token never comes from argv). Trailing CR/LF removed. */
  readStdinLine(what: string): Promise<string>;
}

/** What a command produced: the JSON document for --json, the text for people, and the exit code. */
export interface CliOutcome {
  exitCode: ExitCode;
  json: unknown;
  text: string;
}

export interface CliCommand {
  /** One or two words: `verify`, `credentials set`. */
  name: string;
  summary: string;
  /** The command's own options, e.g. `--client-id ID`. */
  usage: string;
  options: ParseArgsOptionsConfig;
  run(context: CliContext): Promise<CliOutcome>;
}
