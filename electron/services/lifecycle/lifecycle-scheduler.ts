import type { LifecycleCountdown } from '../../../shared/handoff/lifecycle-view.ts';
import { describeError, type Logger } from '../logging/logger.ts';
import type { LifecycleService } from './lifecycle-service.ts';

export interface SchedulerDeps {
  lifecycle: LifecycleService;
  profileIds: () => string[];
  /** The desktop notification adapter (Electron's Notification in the app). */
  notify: (title: string, body: string) => void;
  countdown: (payload: LifecycleCountdown) => void;
  logger: Logger;
  intervalMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** One minute: the countdown shows minutes, and reminders are never more than a minute late. */
const DEFAULT_INTERVAL_MS = 60_000;

/** Checks every profile's lifecycle while the app runs: notifications when due, a countdown while a window is open. */
export function createLifecycleScheduler(deps: SchedulerDeps) {
  const every = deps.intervalMs ?? DEFAULT_INTERVAL_MS;
  const start = deps.setInterval ?? ((run, ms) => setInterval(run, ms).unref());
  const stop = deps.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  let handle: unknown;

  const tick = (): void => {
    for (const profileId of deps.profileIds()) {
      try {
        for (const n of deps.lifecycle.takeDueNotifications(profileId)) deps.notify(n.title, n.body);
        const window = deps.lifecycle.view(profileId).window;
        if (window && window.state !== 'refreshed') {
          deps.countdown({ profileId, endsAt: window.endsAt, remainingMs: window.remainingMs, state: window.state });
        }
      } catch (error) {
        // One unreadable profile must not stop reminders for the others.
        deps.logger.warn('lifecycle check failed', { profileId, error: describeError(error) });
      }
    }
  };

  return {
    tick,
    start() {
      if (handle !== undefined) return;
      tick();
      handle = start(tick, every);
    },
    stop() {
      if (handle === undefined) return;
      stop(handle);
      handle = undefined;
    },
  };
}
export type LifecycleScheduler = ReturnType<typeof createLifecycleScheduler>;
