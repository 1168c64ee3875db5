import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSubBenchmarks, runSubBenchmark } from '../../../../scripts/bench/sub-benchmarks.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function scriptsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sub-bench-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('sub-benchmarks', () => {
  it('always lists bench-verify.ts and says so when it does not exist yet', async () => {
    const dir = await scriptsDir({ 'bench-ip.ts': 'console.log("ok")', 'bench.ts': '', 'other.ts': '' });
    expect(listSubBenchmarks(dir)).toEqual(['bench-ip.ts', 'bench-verify.ts']);
    expect(await runSubBenchmark(dir, 'bench-verify.ts')).toEqual(
      { script: 'bench-verify.ts', passed: null, output: 'bench-verify.ts is not available yet.', ratio: null });
  });

  it('takes the exit code as the verdict and the last printed ratio as the figure', async () => {
    const dir = await scriptsDir({
      'bench-good.ts': 'console.log("sequential 5.1× latency"); console.log("parallel 2.1× latency (budget ≤ 2.5×)");',
      'bench-bad.ts': 'console.log("wall time 3.4x latency"); process.exitCode = 1;',
    });
    expect(await runSubBenchmark(dir, 'bench-good.ts')).toMatchObject({ passed: true, ratio: '2.1×' });
    expect(await runSubBenchmark(dir, 'bench-bad.ts')).toMatchObject({ passed: false, ratio: '3.4×', output: 'wall time 3.4x latency' });
  });
});
