// Verification wall time as a multiple of the per-response latency, against the loopback fake Mimecast API.
// The physical floor is two round trips (the token, then the log probes and the least-privilege probes together);
// the budget is 2.5× (goal 2.1×), against about one round trip per probe when they are sent one after another (also
// measured here, for comparison). Median of several runs.
// Exit 1 when over budget. Run: npm run bench:verify  (options: --latency MS, --runs N)
import { parseArgs } from 'node:util';
import { createRedactor } from '../electron/services/logging/redactor.ts';
import { createMimecastClient } from '../electron/services/mimecast/mimecast-client.ts';
import { probeBody } from '../electron/services/verification/probes.ts';
import { runVerification } from '../electron/services/verification/run-verification.ts';
import { leastPrivilegeProbeIds, probeCatalogue } from '../shared/verification/checks.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast } from '../testing/fake-mimecast.ts';
import { median, timed } from './bench/figures.ts';

const BUDGET = 2.5;
const GOAL = 2.1;
const { values } = parseArgs({ options: { latency: { type: 'string', default: '200' }, runs: { type: 'string', default: '7' } } });
const latencyMs = Number(values.latency);
const runs = Number(values.runs);
if (!(latencyMs > 0) || !Number.isInteger(runs) || runs < 1) throw new Error('--latency takes milliseconds > 0 and --runs a positive whole number');

const credentials = { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET };


const fake = await startFakeMimecast({ latencyMs });
try {
  // The app's path: token, then every probe (logs and least privilege) in parallel.
  const parallel = async (): Promise<void> => {
    const report = await runVerification({ baseUrl: fake.baseUrl, credentials, redactor: createRedactor() });
    if (!report.ok) throw new Error(`verification against the fake failed: ${JSON.stringify(report)}`);
    if (report.leastPrivilege?.probes.length !== leastPrivilegeProbeIds.length) throw new Error('the least-privilege probes did not run');
  };
  // The same requests one after another, for comparison.
  const sequential = async (): Promise<void> => {
    const client = createMimecastClient({ baseUrl: fake.baseUrl, credentials, redactor: createRedactor() });
    await client.token();
    for (const probe of probeCatalogue) await client.post(probe.endpoint, probeBody(probe, new Date()));
  };

  await parallel(); // warm-up: module loading and the first connection are not what is measured
  const parallelTimes: number[] = [];
  const sequentialTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    parallelTimes.push(await timed(parallel));
    sequentialTimes.push(await timed(sequential));
  }
  if (fake.violations.length > 0) throw new Error(`the fake API saw malformed requests: ${fake.violations.join('; ')}`);

  const sequentialRatio = median(sequentialTimes) / latencyMs;
  const ratio = median(parallelTimes) / latencyMs;
  const probes = probeCatalogue.length;
  console.log(`verification, ${runs} runs, injected latency ${latencyMs} ms per response (median); token + ${probes} probes`);
  console.log(`  probes one after another: ${median(sequentialTimes).toFixed(0)} ms = ${sequentialRatio.toFixed(2)}× latency`);
  console.log(`  probes in parallel:       ${median(parallelTimes).toFixed(0)} ms = ${ratio.toFixed(2)}× latency`);
  const passed = ratio <= BUDGET;
  console.log(`${passed ? 'PASS' : 'FAIL'} verification wall time ${ratio.toFixed(2)}× latency (budget ≤ ${BUDGET}×, goal ≤ ${GOAL}×${ratio <= GOAL ? ', met' : ', not met'})`);
  process.exitCode = passed ? 0 : 1;
} finally {
  await fake.close();
}
