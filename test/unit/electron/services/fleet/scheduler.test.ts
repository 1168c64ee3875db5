import { describe, expect, it } from 'vitest';
import { CancelledError, runPool, type TaskContext } from '../../../../../electron/services/fleet/scheduler.ts';

/** A task the test finishes by hand, so the interleaving is exact rather than timed. */
function gate<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A delay the test ends by hand; it honours the abort signal like the real one. */
function manualDelay() {
  const pending: Array<{ ms: number; finish: () => void }> = [];
  const delay = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ ms, finish: resolve });
      signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
  return { pending, delay };
}

describe('runPool', () => {
  it('never runs more than `concurrency` tasks at once, and runs them all', async () => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    const outcomes = await runPool({
      items,
      concurrency: 3,
      async run(item) {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, (item % 4) * 2));
        running -= 1;
        return item * 10;
      },
    });
    expect(peak).toBe(3);
    expect(outcomes).toEqual(items.map((i) => ({ status: 'done', value: i * 10 })));
  });

  it('starts tasks in the order given and keeps each outcome at its item’s index', async () => {
    const started: string[] = [];
    const gates = new Map(['a', 'b', 'c'].map((k) => [k, gate<string>()]));
    const pool = runPool({ items: ['a', 'b', 'c'], concurrency: 1, run: (k) => (started.push(k), gates.get(k)!.promise) });
    await settle();
    expect(started).toEqual(['a']);
    gates.get('a')!.resolve('A');
    await settle();
    expect(started).toEqual(['a', 'b']);
    gates.get('b')!.reject(new Error('b broke'));
    await settle();
    gates.get('c')!.resolve('C');
    const outcomes = await pool;
    expect(outcomes[0]).toEqual({ status: 'done', value: 'A' });
    expect(outcomes[1]).toMatchObject({ status: 'failed', error: new Error('b broke') });
    expect(outcomes[2]).toEqual({ status: 'done', value: 'C' });
  });

  it('a tenant backing off gives its slot away: the others go on while it waits', async () => {
    const { pending, delay } = manualDelay();
    const order: string[] = [];
    const pool = runPool({
      items: ['throttled', 'b', 'c'],
      concurrency: 1,
      delay,
      async run(item, context: TaskContext) {
        order.push(`${item} start`);
        if (item === 'throttled') {
          await context.sleep(5_000); // Mimecast said: come back in 5 s
          order.push('throttled resumed');
        }
        order.push(`${item} end`);
      },
    });
    await settle();
    // With one slot, b and c both finished while the throttled tenant was still waiting.
    expect(order).toEqual(['throttled start', 'b start', 'b end', 'c start', 'c end']);
    expect(pending.map((p) => p.ms)).toEqual([5_000]);
    pending[0]!.finish();
    const outcomes = await pool;
    expect(order.slice(-2)).toEqual(['throttled resumed', 'throttled end']);
    expect(outcomes.every((o) => o.status === 'done')).toBe(true);
  });

  it('a tenant back from its wait goes before tenants that have not started', async () => {
    const { pending, delay } = manualDelay();
    const order: string[] = [];
    const holdB = gate();
    const pool = runPool({
      items: ['a', 'b', 'c', 'd'],
      concurrency: 1,
      delay,
      async run(item, context) {
        order.push(item);
        if (item === 'a') {
          await context.sleep(100);
          order.push('a again');
        }
        if (item === 'b') await holdB.promise;
      },
    });
    await settle();
    expect(order).toEqual(['a', 'b']); // b holds the only slot
    pending[0]!.finish(); // a's wait is over while c and d are still queued
    await settle();
    holdB.resolve();
    await pool;
    expect(order).toEqual(['a', 'b', 'a again', 'c', 'd']);
  });

  it('reports running, waiting and settled for each item', async () => {
    const { pending, delay } = manualDelay();
    const events: string[] = [];
    const pool = runPool({
      items: ['x'],
      concurrency: 2,
      delay,
      run: async (_item, context) => {
        await context.sleep(250);
        return 'ok';
      },
      onRunning: (item) => events.push(`running ${item}`),
      onWaiting: (item, ms) => events.push(`waiting ${item} ${ms}`),
      onSettled: (item, outcome) => events.push(`settled ${item} ${outcome.status}`),
    });
    await settle();
    pending[0]!.finish();
    await pool;
    expect(events).toEqual(['running x', 'waiting x 250', 'running x', 'settled x done']);
  });

  it('cancelling: a task waiting out a back-off stops, a task on the wire finishes', async () => {
    const { delay } = manualDelay();
    const controller = new AbortController();
    const started: string[] = [];
    const running = gate<string>();
    const pool = runPool({
      items: ['running', 'waiting', 'queued-1', 'queued-2'],
      concurrency: 2,
      delay,
      signal: controller.signal,
      async run(item, context) {
        started.push(item);
        if (item === 'waiting') {
          await context.sleep(60_000);
          return 'should not get here';
        }
        if (item === 'running') return running.promise;
        return item;
      },
    });
    await settle();
    // 'waiting' gave its slot to 'queued-1', which finished; 'queued-2' took it next and finished too.
    expect(started).toEqual(['running', 'waiting', 'queued-1', 'queued-2']);
    controller.abort();
    running.resolve('done anyway');
    const outcomes = await pool;
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'cancelled', 'done', 'done']);
    expect(outcomes[0]).toEqual({ status: 'done', value: 'done anyway' });
  });

  it('cancelling before tasks reach a slot cancels them without starting them', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const first = gate();
    const pool = runPool({
      items: [1, 2, 3, 4],
      concurrency: 1,
      signal: controller.signal,
      async run(item) {
        started.push(item);
        await first.promise;
      },
    });
    await settle();
    controller.abort();
    first.resolve();
    const outcomes = await pool;
    expect(started).toEqual([1]);
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('a signal already aborted runs nothing; sleep after a cancel throws CancelledError', async () => {
    const controller = new AbortController();
    controller.abort();
    let ran = false;
    const outcomes = await runPool({ items: [1, 2], concurrency: 2, signal: controller.signal, run: () => Promise.resolve(void (ran = true)) });
    expect(ran).toBe(false);
    expect(outcomes.map((o) => o.status)).toEqual(['cancelled', 'cancelled']);

    const later = new AbortController();
    let thrown: unknown;
    await runPool({
      items: [1],
      concurrency: 1,
      signal: later.signal,
      async run(_item, context) {
        later.abort();
        try {
          await context.sleep(10);
        } catch (error) {
          thrown = error;
          throw error;
        }
      },
    });
    expect(thrown).toBeInstanceOf(CancelledError);
  });

  it('refuses a concurrency below 1 or not whole', async () => {
    await expect(runPool({ items: [1], concurrency: 0, run: () => Promise.resolve(1) })).rejects.toThrow(RangeError);
    await expect(runPool({ items: [1], concurrency: 1.5, run: () => Promise.resolve(1) })).rejects.toThrow(RangeError);
  });
});
