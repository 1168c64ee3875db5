import { describe, expect, it } from 'vitest';
import type { FleetProgress, FleetRun } from '../../../../../shared/fleet/fleet-run.ts';
import type { FleetVerifyOptions } from '../../../../../electron/services/fleet/fleet-service.ts';
import { createTenantsHandlers } from '../../../../../electron/services/handlers/tenants-handlers.ts';

const emptyRun: FleetRun = { ok: false, total: 0, passed: 0, failed: 0, results: [], skipped: [], cancelled: [], durationMs: 0 };

function setup() {
  const calls: FleetVerifyOptions[] = [];
  let finish!: () => void;
  const progress: FleetProgress[] = [];
  const handlers = createTenantsHandlers({
    overview: { read: () => Promise.resolve({ tenants: [], readAt: new Date().toISOString() }) },
    fleet: {
      verify(options = {}) {
        calls.push(options);
        options.onUpdate?.({ profileId: 'acme', state: 'queued', done: 0, total: 1 });
        return new Promise((resolve) => (finish = () => resolve(emptyRun)));
      },
    },
    onProgress: (p) => progress.push(p),
  });
  return { handlers, calls, progress, finish: () => finish() };
}

describe('tenants handlers', () => {
  it('runs one “Verify all” at a time, tags its progress with the run id, and answers with it', async () => {
    const { handlers, calls, progress, finish } = setup();
    const first = handlers['tenants.verifyAll']({ concurrency: 6 });
    expect(calls[0]).toMatchObject({ concurrency: 6 });
    await expect(handlers['tenants.verifyAll']({})).rejects.toMatchObject({ code: 'fleet-running' });
    finish();
    const run = await first;
    expect(progress[0]).toMatchObject({ runId: run.runId, profileId: 'acme', state: 'queued' });
    // Finished: another run may start.
    const second = handlers['tenants.verifyAll']({});
    finish();
    expect((await second).runId).not.toBe(run.runId);
  });

  it('cancel aborts the run under way, and says when there was none', async () => {
    const { handlers, calls, finish } = setup();
    expect(await handlers['tenants.cancel']()).toEqual({ cancelled: false });
    const running = handlers['tenants.verifyAll']({});
    expect(calls[0]!.signal!.aborted).toBe(false);
    expect(await handlers['tenants.cancel']()).toEqual({ cancelled: true });
    expect(calls[0]!.signal!.aborted).toBe(true);
    finish();
    await running;
  });
});
