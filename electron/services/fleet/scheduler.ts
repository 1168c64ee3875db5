import { setTimeout as wait } from 'node:timers/promises';

/**
 * Runs many tasks (one per tenant) with at most `concurrency` of them working at once. A task that has to back off
 * (Mimecast answered 429, or a 5xx) waits through `context.sleep`, which gives its slot to the next tenant for the
 * duration: one tenant's rate limit slows that tenant only. When the wait is over the task takes the next free slot
 * ahead of tenants that have not started, so it is not starved. Cancelling stops tenants that have not started and
 * ends the waits of those backing off; a request already on the wire is left to finish (its deadline bounds it).
 */

export interface TaskContext {
  /** Waits without holding a slot; rejects with `CancelledError` when the run is cancelled meanwhile. */
  sleep(ms: number): Promise<void>;
  readonly signal: AbortSignal;
}

export type TaskOutcome<R> = { status: 'done'; value: R } | { status: 'failed'; error: unknown } | { status: 'cancelled' };

export interface PoolOptions<T, R> {
  items: readonly T[];
  concurrency: number;
  run(item: T, context: TaskContext): Promise<R>;
  signal?: AbortSignal;
  /** A task took a slot (its first, or again after a wait). */
  onRunning?(item: T): void;
  /** A task gave its slot back to wait `ms`. */
  onWaiting?(item: T, ms: number): void;
  /** A task ended; called once per item, in the order they end. */
  onSettled?(item: T, outcome: TaskOutcome<R>): void;
  /** The timer behind `sleep` (tests pass a controllable one). */
  delay?(ms: number, signal: AbortSignal): Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'CancelledError';
  }
}

const realDelay = (ms: number, signal: AbortSignal): Promise<void> => wait(ms, undefined, { signal }).then(() => undefined);

/** A counting semaphore whose waiters can jump the queue (tasks returning from a back-off). */
function slots(size: number, signal: AbortSignal) {
  let free = size;
  const resuming: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const fresh: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  signal.addEventListener('abort', () => {
    for (const waiter of [...resuming.splice(0), ...fresh.splice(0)]) waiter.reject(new CancelledError());
  }, { once: true });
  return {
    acquire(priority: boolean): Promise<void> {
      if (signal.aborted) return Promise.reject(new CancelledError());
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => (priority ? resuming : fresh).push({ resolve, reject }));
    },
    release(): void {
      const next = resuming.shift() ?? fresh.shift();
      if (next) next.resolve();
      else free += 1;
    },
  };
}

/** Runs every item; the outcomes are in the order of `items`. Never rejects. */
export async function runPool<T, R>(options: PoolOptions<T, R>): Promise<Array<TaskOutcome<R>>> {
  const { items } = options;
  const run = (item: T, context: TaskContext): Promise<R> => options.run(item, context);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError('concurrency must be a whole number of at least 1');
  const controller = new AbortController();
  const signal = controller.signal;
  const outer = options.signal;
  const forward = (): void => controller.abort();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', forward, { once: true });
  const delay = (ms: number, abort: AbortSignal): Promise<void> => (options.delay ? options.delay(ms, abort) : realDelay(ms, abort));
  const pool = slots(options.concurrency, signal);

  const runOne = async (item: T): Promise<TaskOutcome<R>> => {
    try {
      await pool.acquire(false);
    } catch {
      return { status: 'cancelled' };
    }
    let holding = true;
    options.onRunning?.(item);
    const context: TaskContext = {
      signal,
      async sleep(ms) {
        if (signal.aborted) throw new CancelledError();
        pool.release();
        holding = false;
        options.onWaiting?.(item, ms);
        try {
          await delay(ms, signal);
        } catch {
          throw new CancelledError();
        }
        await pool.acquire(true);
        holding = true;
        options.onRunning?.(item);
      },
    };
    try {
      return { status: 'done', value: await run(item, context) };
    } catch (error) {
      return error instanceof CancelledError || signal.aborted ? { status: 'cancelled' } : { status: 'failed', error };
    } finally {
      if (holding) pool.release();
    }
  };

  try {
    return await Promise.all(
      items.map(async (item) => {
        const outcome = await runOne(item);
        options.onSettled?.(item, outcome);
        return outcome;
      }),
    );
  } finally {
    outer?.removeEventListener('abort', forward);
  }
}
