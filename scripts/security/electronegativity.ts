// Runs @doyensec/electronegativity over chosen source folders, offline and deterministically, and returns its
// findings as plain data (paths relative to the project root).
//
// Two things about the tool shape this wrapper:
// - It reaches for the internet (translations, Electron's release list) through `got`, and a failed retry there
//   throws from a timer after the scan has finished, killing the process. The scan must give the same answer on an
//   offline CI machine, so `got` is replaced, before the tool loads, by a stub that always rejects; the tool then
//   falls back to its bundled English texts and skips the release-list lookup.
// - Its global checks (CSP present, navigation limited, permission handler set) look across every file of one run,
//   so all folders are scanned together: they are copied into one temporary tree that mirrors the project layout.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type Confidence = 'TENTATIVE' | 'FIRM' | 'CERTAIN';

export interface Finding {
  /** The check id, e.g. `CONTEXT_ISOLATION_JS_CHECK`. */
  id: string;
  severity: Severity;
  confidence: Confidence;
  /** Project-relative path with forward slashes, or `null` for a global check that has no single location. */
  file: string | null;
  line: number;
  column: number;
  description: string;
  manualReview: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the tool could not parse: whatever they contain went unchecked. */
  parseErrors: Array<{ file: string; message: string }>;
  checksRun: number;
}

interface ToolIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: Severity };
  confidence: { name: Confidence };
  manualReview?: boolean;
}

interface ToolResult {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: ToolIssue[];
}

type Run = (options: Record<string, unknown>) => Promise<ToolResult>;

const require = createRequire(import.meta.url);

function loadToolOffline(): Run {
  const toolEntry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(toolEntry).resolve('got');
  const offline = (): Promise<never> => Promise.reject(new Error('network disabled by scripts/security-scan.ts'));
  const stub = Object.assign(offline, { head: offline, get: offline, default: offline });
  // A pre-filled cache entry is what `require('got')` inside the tool will return.
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub } as unknown as NodeJS.Module;
  return require(toolEntry) as Run;
}

/** The tool prints progress and its offline fallbacks through console.log; keep the scan's own output readable. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

export async function scanSources(projectDir: string, folders: readonly string[]): Promise<ScanResult> {
  const pkg = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  const electronVersion = (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '');
  const stage = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  try {
    for (const folder of folders) {
      await cp(resolve(projectDir, folder), join(stage, folder), {
        recursive: true,
        filter: (source) => !source.split(/[\\/]/).includes('node_modules'),
      });
    }
    // Only the Electron version matters to the tool here; the real manifest's scripts would just add noise.
    await writeFile(join(stage, 'package.json'), JSON.stringify({ name: 'scan', devDependencies: { electron: electronVersion } }));
    const run = loadToolOffline();
    const result = await quietly(() => run({ input: stage, isRelative: true, electronVersionOverride: electronVersion || undefined }));
    return {
      checksRun: result.globalChecks + result.atomicChecks,
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(stage, e.file), message: e.message })),
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file === 'N/A' ? null : relative(stage, issue.file),
        line: issue.location.line,
        column: issue.location.column,
        description: issue.description,
        manualReview: issue.manualReview === true,
      })),
    };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

function relative(stage: string, file: string): string {
  const normalised = file.replaceAll('\\', '/');
  const prefix = `${stage.replaceAll('\\', '/')}/`;
  return normalised.startsWith(prefix) ? normalised.slice(prefix.length) : normalised;
}
