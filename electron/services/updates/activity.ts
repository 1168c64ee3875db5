/**
 * What is running that an app restart would break: a verification (the admin's proof in progress) or a hand-off
 * (a submission half sent). compose.ts wraps those services' long-running methods with `track`, so the updater
 * knows without each service reporting it.
 */
export interface Activity {
  /** Runs `work` counted as `label` ("a verification") until it settles. */
  track<T>(label: string, work: () => Promise<T>): Promise<T>;
  /** What is running now, for "restart after … has finished"; null when nothing is. */
  current(): string | null;
}

export function createActivity(): Activity {
  const running = new Map<string, number>();
  return {
    async track(label, work) {
      running.set(label, (running.get(label) ?? 0) + 1);
      try {
        return await work();
      } finally {
        const left = (running.get(label) ?? 1) - 1;
        if (left > 0) running.set(label, left);
        else running.delete(label);
      }
    },
    current: () => running.keys().next().value ?? null,
  };
}
