import { useEffect, useSyncExternalStore } from 'react';

/**
 * Moments an app restart must not interrupt, as the window knows them: a Client Secret typed or pasted into the
 * capture form, a verification or hand-off in progress. While any is held, the update banner offers no restart
 * (the main process also refuses one while a verification or hand-off runs).
 */
const holds = new Set<symbol>();
const listeners = new Set<() => void>();
const changed = (): void => {
  for (const listener of listeners) listener();
};

/** Holds restarts while `active` is true (and the component is mounted). */
export function useHoldRestart(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const hold = Symbol('restart hold');
    holds.add(hold);
    changed();
    return () => {
      holds.delete(hold);
      changed();
    };
  }, [active]);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** True while anything holds restarts. */
export const useRestartHeld = (): boolean => useSyncExternalStore(subscribe, () => holds.size > 0);
