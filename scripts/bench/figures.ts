// How the benchmarks take and report figures: the median of timed runs, then one line per figure with its budget and
// verdict, so `npm run bench` reads as a table.
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of one run, in milliseconds. */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export interface Figure {
  name: string;
  /** The measured figure as printed, e.g. "97.3 KB" or "1.8×". */
  value: string;
  /** e.g. "≤ 200 KB"; `null` when the figure is recorded without a budget. */
  budget: string | null;
  /** `null`: informational (no budget) or not measurable here. */
  pass: boolean | null;
  /** Runs, spread, what exactly was measured. */
  detail?: string;
}

export function formatFigure(figure: Figure): string {
  const verdict = figure.pass === null ? 'INFO' : figure.pass ? 'PASS' : 'FAIL';
  const budget = figure.budget ?? 'no budget';
  const head = `${verdict.padEnd(4)}  ${figure.name.padEnd(44)} ${figure.value.padStart(12)}   ${budget}`;
  return figure.detail ? `${head}\n      ${figure.detail}` : head;
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
