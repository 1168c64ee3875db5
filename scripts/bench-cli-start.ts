// `npm run bench` figure: how fast the installed CLI answers `mimecast-aw --help`, as a multiple of a bare
// `node -e 0` measured the same way in the same run (interleaved, median). Budget ≤ 6×, goal ≤ 4×.
// It packs the CLI (scripts/pack-cli.ts), installs the tarball into an empty folder as an MSP would, and times
// the installed bundle, not the TypeScript sources. Exit 1 when over budget.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN_FILE, packCli } from './pack-cli.ts';
import { median } from './bench/figures.ts';

const BUDGET = 6;
const GOAL = 4;
const RUNS = 15;

const work = mkdtempSync(join(tmpdir(), 'aw-bench-cli-'));
try {
  const tarball = await packCli(join(work, 'dist'));
  const install = join(work, 'install');
  mkdirSync(install);
  writeFileSync(join(install, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: install, stdio: ['ignore', 'ignore', 'inherit'] });
  const bin = join(install, 'node_modules', 'mimecast-aw', BIN_FILE);

  const time = (args: string[]): number => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time([bin, '--help']); // first run: the file is read from disk once, as after any install
  const bare: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    bare.push(time(['-e', '0']));
    help.push(time([bin, '--help']));
  }
  const ratio = median(help) / median(bare);
  console.log(`budget ≤ ${BUDGET}×, goal ≤ ${GOAL}×; median of ${RUNS} interleaved runs: node -e 0 ${median(bare).toFixed(0)} ms, mimecast-aw --help ${median(help).toFixed(0)} ms`);
  console.log(`mimecast-aw --help start: ${ratio.toFixed(2)}× a bare node -e 0${ratio > BUDGET ? ' — OVER BUDGET' : ratio > GOAL ? ' (within budget, above the goal)' : ''}`);
  process.exitCode = ratio <= BUDGET ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

