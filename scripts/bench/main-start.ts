// Figure 3: the main-process side's start cost under plain Node — import the services and open the stores on an
// empty data folder — in a fresh process per run (scripts/bench/main-start-child.ts), median of the runs.
// Measured from the TypeScript sources (Node strips types on load); the packaged app loads one bundled file instead,
// so this is an upper bound for the import part.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { median } from './figures.ts';

const run = promisify(execFile);

export interface MainStart {
  runs: number;
  /** Median of each run's import + open (not the sum of the two medians). */
  startMs: number;
  importMs: number;
  openMs: number;
  processMs: number;
}

type Sample = Omit<MainStart, 'runs' | 'startMs'>;

export async function measureMainStart(runs: number): Promise<MainStart> {
  const child = join(import.meta.dirname, 'main-start-child.ts');
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', child]);
    samples.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as Sample);
  }
  return {
    runs,
    startMs: median(samples.map((s) => s.importMs + s.openMs)),
    importMs: median(samples.map((s) => s.importMs)),
    openMs: median(samples.map((s) => s.openMs)),
    processMs: median(samples.map((s) => s.processMs)),
  };
}
