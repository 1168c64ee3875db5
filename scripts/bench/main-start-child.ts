// One cold start of the main-process side, in a fresh Node process (spawned by scripts/bench/main-start.ts):
// import the services, create them on an empty data folder, and open the stores the way the window's first
// calls do (app.info, profiles.list). Prints one JSON line of timings in milliseconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dataDir = mkdtempSync(join(tmpdir(), 'aw-bench-main-'));
try {
  const importStart = performance.now();
  const { createServices } = await import('../../electron/services/compose.ts');
  const { openConfStore } = await import('../../electron/services/settings/conf-store.ts');
  const imported = performance.now();
  const services = createServices({
    dataDir,
    openStore: openConfStore,
    version: '0.0.0-bench',
    platform: process.platform,
    logSinks: [],
    openExternal: () => Promise.resolve(),
    emit: () => {},
  });
  for (const channel of ['app.info', 'profiles.list']) {
    const result = await services.router.dispatch(channel, undefined);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
  }
  const opened = performance.now();
  console.log(JSON.stringify({
    importMs: imported - importStart,
    openMs: opened - imported,
    // performance.now() counts from process start, so this includes Node's own boot.
    processMs: opened,
  }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
