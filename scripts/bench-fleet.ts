// Issue 17's figures, against loopback fake Mimecast gateways (one per tenant) with injected latency:
//   1. `fleet verify` wall time: 24 tenants at concurrency 8, as a multiple of three single verifications
//      (24 / 8 = three rounds, so the floor is 1.0×). Budget ≤ 1.5×.
//   2. Many profiles: with 200 profiles on disk, a profile switch (what the window asks: profiles.switch, then the new
//      profile's progress.get) and the tenants view (tenants.overview, cold as at app start, then warm), through the
//      real router and conf stores. Budgets: a switch ≤ 50 ms (median); the tenants view, which the admin opens with
//      a click, answers within 1 s (warm, median of 5), and within 2 s the first time after a start (cold: every
//      profile's store is opened then).
// Exit 1 when over budget. Run: node --experimental-strip-types scripts/bench-fleet.ts  (options: --latency MS)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Services } from '../electron/services/compose.ts';
import { nodeServices, tempDataDir } from '../testing/services.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast } from '../testing/fake-mimecast.ts';
import { median, timed } from './bench/figures.ts';

const FLEET_BUDGET = 1.5;
const SWITCH_BUDGET_MS = 50;
const OVERVIEW_COLD_BUDGET_MS = 2000;
const OVERVIEW_WARM_BUDGET_MS = 1000;
const TENANTS = 24;
const CONCURRENCY = 8;
const MANY = 200;

const { values } = parseArgs({ options: { latency: { type: 'string', default: '200' } } });
const latencyMs = Number(values.latency);
if (!(latencyMs > 0)) throw new Error('--latency takes milliseconds > 0');

async function dispatch(services: Services, channel: string, payload?: unknown): Promise<unknown> {
  const result = await services.router.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
const id = (i: number): string => `tenant-${String(i + 1).padStart(3, '0')}`;

/** Profiles `tenant-001`… with keys stored (memory store) and each pointed at its gateway. */
async function tenants(services: Services, count: number, gatewayOf: (i: number) => string | undefined): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    services.profiles.create(id(i));
    const gateway = gatewayOf(i);
    if (!gateway) continue;
    await services.credentials.capture(id(i), { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    services.verification.setGateway(id(i), { kind: 'custom', baseUrl: gateway });
  }
}

let failed = false;
const verdict = (pass: boolean): string => {
  failed ||= !pass;
  return pass ? 'PASS' : 'FAIL';
};

/** The fake gateways in a child process: what a real gateway spends answering is not the app's CPU time. */
async function fakeGateways(count: number): Promise<{ baseUrls: string[]; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', join(import.meta.dirname, 'bench/fake-gateways-child.ts'), String(count), String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
  const baseUrls = JSON.parse(line!) as string[];
  return {
    baseUrls,
    close: () =>
      new Promise((resolve, reject) => {
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('the fake gateways reported malformed requests'))));
        child.stdin.end();
      }),
  };
}

// 1. Fleet wall time.
const fakes = await fakeGateways(TENANTS);
const fleetServices = nodeServices({ logSinks: [] });
try {
  await tenants(fleetServices, TENANTS, (i) => fakes.baseUrls[i]!);
  await fleetServices.verification.run(id(0)); // warm-up: module loading and the first connection are not measured
  const singles: number[] = [];
  for (let i = 0; i < 7; i += 1) singles.push(await timed(() => fleetServices.verification.run(id(i % TENANTS))));
  const fleets: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    fleets.push(
      await timed(async () => {
        const run = await fleetServices.fleet.verify({ concurrency: CONCURRENCY });
        if (!run.ok || run.total !== TENANTS) throw new Error(`fleet run against the fakes failed: ${JSON.stringify(run.results.filter((r) => !r.ok))}`);
      }),
    );
  }
  const single = median(singles);
  const fleet = median(fleets);
  const ratio = fleet / (3 * single);
  console.log(`fleet verify, ${TENANTS} tenants (one fake gateway each, in a separate process, ${latencyMs} ms per response), concurrency ${CONCURRENCY}:`);
  console.log(`  one verification: ${single.toFixed(0)} ms (median of ${singles.length}); three: ${(3 * single).toFixed(0)} ms`);
  console.log(`  fleet of ${TENANTS}:      ${fleet.toFixed(0)} ms (median of ${fleets.length}: ${fleets.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`${verdict(ratio <= FLEET_BUDGET)} fleet wall time ${ratio.toFixed(2)}× three single verifications (budget ≤ ${FLEET_BUDGET}×)`);
} finally {
  rmSync(fleetServices.dataDir, { recursive: true, force: true });
  await fakes.close();
}

// 2. Many profiles. The data folder is filled once, then opened by fresh services, as the app opens it at start.
async function manyProfiles(count: number): Promise<{ switchMs: number; coldMs: number; warmMs: number }> {
  const dataDir = tempDataDir('aw-bench-fleet-');
  try {
    const fake = await startFakeMimecast();
    try {
      const setup = nodeServices({ dataDir, logSinks: [] });
      // Every profile carries what a busy MSP's would: keys, a gateway, checklist ticks, a verification, an expiry.
      await tenants(setup, count, () => fake.baseUrl);
      await setup.fleet.verify({ concurrency: 16 });
      for (let i = 0; i < count; i += 1) {
        setup.progress.update(id(i), { op: 'goTo', step: 'create-role' });
        setup.lifecycle.setExpiry(id(i), '2027-06-30');
      }
    } finally {
      await fake.close();
    }
    const services = nodeServices({ dataDir, logSinks: [] });
    const coldMs = await timed(() => dispatch(services, 'tenants.overview'));
    const warm: number[] = [];
    for (let i = 0; i < 5; i += 1) warm.push(await timed(() => dispatch(services, 'tenants.overview')));
    const switches: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const target = id((i * 37) % count);
      switches.push(await timed(async () => {
        await dispatch(services, 'profiles.switch', { profileId: target });
        await dispatch(services, 'progress.get', { profileId: target });
      }));
    }
    return { switchMs: median(switches), coldMs, warmMs: median(warm) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const few = await manyProfiles(2);
const many = await manyProfiles(MANY);
console.log(`many profiles (each with keys, gateway, progress, a verification and an expiry), through the router:`);
console.log(`  profile switch (profiles.switch + progress.get, median of 60): ${few.switchMs.toFixed(1)} ms with 2 profiles, ${many.switchMs.toFixed(1)} ms with ${MANY}`);
console.log(`  tenants view (tenants.overview): with 2 profiles ${few.coldMs.toFixed(0)} ms cold, ${few.warmMs.toFixed(1)} ms warm; with ${MANY} ${many.coldMs.toFixed(0)} ms cold, ${many.warmMs.toFixed(0)} ms warm (median of 5)`);
console.log(`${verdict(many.switchMs <= SWITCH_BUDGET_MS)} profile switch with ${MANY} profiles ${many.switchMs.toFixed(1)} ms (budget ≤ ${SWITCH_BUDGET_MS} ms)`);
console.log(`${verdict(many.coldMs <= OVERVIEW_COLD_BUDGET_MS && many.warmMs <= OVERVIEW_WARM_BUDGET_MS)} tenants view with ${MANY} profiles ${many.coldMs.toFixed(0)} ms cold, ${many.warmMs.toFixed(0)} ms warm (budget ≤ ${OVERVIEW_COLD_BUDGET_MS} ms cold, ≤ ${OVERVIEW_WARM_BUDGET_MS} ms warm)`);
process.exitCode = failed ? 1 : 0;
