import { appendFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders } from '../settings/private-folder.ts';
import type { Redactor } from './redactor.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export type LogSink = (line: string) => void;

/** A sink that appends JSON lines to a file (mode 0600), creating its folder on first use. */
export function fileSink(path: string): LogSink {
  let ready = false;
  return (line) => {
    if (!ready) {
      makeFolders(dirname(path));
      ready = true;
    }
    appendFileSync(path, `${line}\n`, { mode: 0o600 });
  };
}

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(code === undefined ? {} : { code }), stack: error.stack };
  }
  return { value: String(error) };
}

/** Structured logger whose every line passes through the redactor before it reaches any sink. */
export function createLogger(redactor: Redactor, sinks: LogSink[], now: () => Date = () => new Date()): Logger {
  const write = (level: LogLevel, message: string, details?: Record<string, unknown>): void => {
    const entry = redactor.redactDeep({ at: now().toISOString(), level, message, ...(details ? { details } : {}) });
    const line = JSON.stringify(entry);
    for (const sink of sinks) {
      try {
        sink(line);
      } catch {
        // A full disk must not take the app down with it; the line is lost, nothing else.
      }
    }
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
