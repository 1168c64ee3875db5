import { statSync } from 'node:fs';
import { createLogger, describeError, fileSink, type Logger } from '../services/logging/logger.ts';
import { createRedactor } from '../services/logging/redactor.ts';

/** The log's size in bytes, or -1 when there is none. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/**
 * The message for a failure nobody foresaw. The details go to the CLI's log; the message names that log only when
 * this failure really reached it, and otherwise says that none could be written (a read-only or missing data folder
 * is the usual cause). A log left by an earlier run proves nothing: the logger drops a line it cannot write.
 */
export function internalFailure(error: unknown, logger: Logger | undefined, logFile: string | undefined): string {
  if (logFile) {
    const before = sizeOf(logFile);
    // Before the services exist no secret has been registered anywhere, so a fresh redactor loses nothing.
    const log = logger ?? createLogger(createRedactor(), [fileSink(logFile)]);
    log.error('cli command failed', { error: describeError(error) });
    if (sizeOf(logFile) > before) return `The command failed unexpectedly. The details are in ${logFile}.`;
  }
  const where = logFile ? ` (${logFile})` : '';
  return `The command failed unexpectedly, and no log could be written${where}. Check that the data folder exists and can be written to, then run the command again.`;
}
