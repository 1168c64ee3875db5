// Times the Admin IP Ranges check on a large input: 10,000 Arctic Wolf ranges (IPv4 and IPv6) against 1,000 admin
// ranges, median of several runs. Run: node scripts/bench-ip-ranges.ts
import { performance } from 'node:perf_hooks';
import { checkIpRanges } from '../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../shared/ip-ranges/parse-entries.ts';

const RUNS = 9;

/** Synthetic, deterministic ranges: nothing here is a real Arctic Wolf address. */
function arcticWolfText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 8_000; i += 1) lines.push(`${20 + (i >> 8)}.${i & 255}.0.0/24`);
  for (let i = 0; i < 2_000; i += 1) lines.push(`2a02:${(0x1000 + i).toString(16)}::/48`);
  return lines.join('\n');
}

function adminText(): string {
  const lines: string[] = [];
  // Inside, partly over and outside the Arctic Wolf ranges, both families, so every rule does work.
  for (let i = 0; i < 800; i += 1) lines.push(i % 3 === 0 ? `${20 + (i >> 8)}.${i & 255}.0.0/25` : i % 3 === 1 ? `${20 + (i >> 8)}.${i & 255}.0.0/23` : `81.${i & 255}.${i >> 8}.0/24`);
  for (let i = 0; i < 200; i += 1) lines.push(`2a02:${(0x1000 + i * 3).toString(16)}:${i.toString(16)}::/64`);
  return lines.join('\n');
}

const current = parseCurrentIp('81.2.0.7');
const input = { adminText: adminText(), arcticWolfText: arcticWolfText(), currentIp: current?.ok ? current.range : undefined };
const times: number[] = [];
let verdict = '';
let warnings = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const result = checkIpRanges(input);
  times.push(performance.now() - start);
  verdict = result.verdict;
  warnings = result.warnings.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`check-ip-ranges: 10,000 Arctic Wolf × 1,000 admin ranges — median ${median.toFixed(1)} ms over ${RUNS} runs (min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms); verdict ${verdict}, ${warnings} warnings`);
