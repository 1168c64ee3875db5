import type { ParseArgsOptionsConfig } from 'node:util';
import { EXIT_USAGE, type CliCommand } from '../command.ts';

/** A contract command whose feature has not landed yet: it is listed in --help and answers exit 2. */
export function notYetAvailable(name: string, summary: string, usage: string, options: ParseArgsOptionsConfig): CliCommand {
  return {
    name,
    summary,
    usage,
    options,
    run: () => {
      const message = `“${name}” is not yet available in this version.`;
      return Promise.resolve({ exitCode: EXIT_USAGE, json: { error: { code: 'not-yet-available', message } }, text: message });
    },
  };
}
