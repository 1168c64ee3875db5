import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Adapters, type Services } from '../electron/services/compose.ts';
import type { ClipboardPort } from '../electron/services/secrets/clipboard-service.ts';
import { openConfStore } from '../electron/services/settings/conf-store.ts';

/** A temporary data folder. */
export const tempDataDir = (prefix = 'aw-unit-'): string => mkdtempSync(join(tmpdir(), prefix));

/** The real services on a temporary data folder with Node adapters; log lines are collected in `logLines`. */
export function nodeServices(overrides: Partial<Adapters> = {}): Services & { dataDir: string; logLines: string[] } {
  const dataDir = overrides.dataDir ?? tempDataDir();
  const logLines: string[] = [];
  const services = createServices({
    dataDir,
    openStore: openConfStore,
    version: '0.0.0-test',
    platform: 'linux',
    logSinks: [(line) => logLines.push(line)],
    openExternal: () => Promise.resolve(),
    emit: () => {},
    ...overrides,
  });
  return Object.assign(services, { dataDir, logLines });
}

/** A clipboard that keeps every text written to it, newest last; clearing it records nothing. */
export function recordingClipboard(): ClipboardPort & { copied: string[] } {
  const copied: string[] = [];
  return { copied, writeText: (text) => void copied.push(text), readText: () => copied.at(-1) ?? '', clear: () => {} };
}
