// Figures owned by other features' benchmark scripts (scripts/bench-*.ts, e.g. bench-verify.ts for verification
// wall time as a multiple of injected latency). Each runs in its own process; its output is shown as it printed
// it, and its exit code is its verdict: each script knows its own budget.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SubBenchmark {
  script: string;
  /** null: the script does not exist (yet). */
  passed: boolean | null;
  output: string;
  /** The last "N×" or "Nx" ratio it printed that is not a budget, if any: shown in the summary line. */
  ratio: string | null;
}

const REQUIRED = ['bench-verify.ts'];

export function listSubBenchmarks(scriptsDir: string): string[] {
  const found = readdirSync(scriptsDir).filter((name) => /^bench-.+\.ts$/.test(name));
  return [...new Set([...REQUIRED, ...found])].sort();
}

export function runSubBenchmark(scriptsDir: string, script: string): Promise<SubBenchmark> {
  const path = join(scriptsDir, script);
  if (!existsSync(path)) {
    return Promise.resolve({ script, passed: null, output: `${script} is not available yet.`, ratio: null });
  }
  return new Promise((resolve) => {
    execFile(process.execPath, ['--disable-warning=ExperimentalWarning', path], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trimEnd();
      // A budget printed beside the figure ("≤ 2.5×", "budget 2.5×") is not the figure.
      const ratios = [...output.matchAll(/(\d+(?:\.\d+)?)\s*(?:×|x\b)/g)]
        .filter((m) => !/(budget|≤|<=|max(imum)?)\W*$/i.test(output.slice(Math.max(0, m.index - 12), m.index)));
      resolve({ script, passed: error === null, output, ratio: ratios.length > 0 ? `${ratios.at(-1)![1]}×` : null });
    });
  });
}
