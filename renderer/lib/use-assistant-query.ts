import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EventName } from '../../shared/ipc/contract.ts';
import { asUiError, assistant, type UiError } from './assistant.ts';

export interface AssistantQueryOptions {
  /**
   * The profile the data belongs to. A change drops the previous profile's data and any answer still on its way for
   * it, and loads again; a `refreshOn` event that names another profile is ignored.
   */
  profileId?: string;
  /** Anything else that selects what is loaded (e.g. a step): a change reloads, like a profile switch. */
  key?: string;
  /** Main → renderer pushes after which the data is loaded again (`shared/ipc/events.ts`). */
  refreshOn?: readonly EventName[];
}

export interface AssistantQuery<T> {
  /** The latest answer for the current profile/key; undefined until the first one arrives. */
  data: T | undefined;
  /**
   * The last failure, in the one shape every widget uses (`code` from the IPC result, e.g. `no-credentials`).
   * An action clears it when it starts; a successful reload clears only a failed load, so a refresh pushed by the
   * main process never hides why the admin's last action failed.
   */
  error: UiError | null;
  /** The latest load or action has not answered yet (a spinner, a disabled button). */
  pending: boolean;
  setError: (error: UiError | null) => void;
  /** Loads again now; answers the data, or undefined when it failed or was superseded. */
  reload: () => Promise<T | undefined>;
  /**
   * Runs an action whose answer replaces the data (save, record, run…), with the same protection as a load: only
   * the latest load or action started for the current profile/key may change what is shown. Answers the action's
   * value (even when a newer one superseded it on screen), or undefined when it failed.
   */
  act: Act<T>;
  /** Changes the data on screen at once (an optimistic tick, an item just added); answers still on their way are dropped. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * An action's answer is the new data, or `into` makes the new data from the answer and the data shown when it
 * arrives (a run's report into the saved state, an added item into the list).
 */
export interface Act<T> {
  (work: () => Promise<T>): Promise<T | undefined>;
  <R>(work: () => Promise<R>, into: (answer: R, current: T | undefined) => T | undefined): Promise<R | undefined>;
}

interface Shown<T> {
  scope: string;
  data: T | undefined;
  error: UiError | null;
  /** What failed last: a load's failure is cleared by the next good load, an action's only by the next good action. */
  failed: 'load' | 'act' | null;
  pending: boolean;
}

const replace = <T,>(answer: T): T => answer;

const nothing = (scope: string): Shown<never> => ({ scope, data: undefined, error: null, failed: null, pending: true });

function namesAnotherProfile(payload: unknown, profileId: string | undefined): boolean {
  if (profileId === undefined || typeof payload !== 'object' || payload === null || !('profileId' in payload)) return false;
  return payload.profileId !== profileId;
}

/**
 * Data from the main process, kept current: loaded through `window.assistant` when the component shows and when the
 * profile/key changes, loaded again on the named pushes, replaced by actions. The one place that drops late answers:
 * every load or action takes a ticket, and only the latest ticket of the current profile/key may set the state, so
 * an answer for a profile the admin has left, or one overtaken by a newer load, never overwrites what is newer.
 *
 * `load` throws on failure (`unwrap(assistant().x.y())`); it may change between renders (the latest one is used).
 */
export function useAssistantQuery<T>(load: () => Promise<T>, options: AssistantQueryOptions = {}): AssistantQuery<T> {
  const { profileId, key, refreshOn = [] } = options;
  const scope = JSON.stringify([profileId ?? null, key ?? null]);
  const [state, setState] = useState<Shown<T>>(() => nothing(scope));
  const ticket = useRef(0);
  const liveScope = useRef<string | null>(null);
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });

  const run = useCallback(<R,>(work: () => Promise<R>, kind: 'load' | 'act', at: string, into: (answer: R, current: T | undefined) => T | undefined): Promise<R | undefined> => {
    if (at !== liveScope.current) return Promise.resolve(undefined);
    const mine = (ticket.current += 1);
    const latest = () => mine === ticket.current && at === liveScope.current;
    // A new attempt takes the last failure off the screen; its own answer says how it went.
    setState((shown) => (shown.scope !== at ? shown : kind === 'act' ? { ...shown, error: null, failed: null, pending: true } : { ...shown, pending: true }));
    return work().then(
      (answer) => {
        if (latest()) {
          setState((shown) => {
            const data = into(answer, shown.scope === at ? shown.data : undefined);
            const keepError = kind === 'load' && shown.scope === at && shown.failed === 'act';
            return keepError ? { ...shown, data, pending: false } : { scope: at, data, error: null, failed: null, pending: false };
          });
        }
        return answer;
      },
      (e: unknown) => {
        if (latest()) setState((shown) => ({ scope: at, data: shown.scope === at ? shown.data : undefined, error: asUiError(e), failed: kind, pending: false }));
        return undefined;
      },
    );
  }, []);

  const events = refreshOn.join(' ');
  useEffect(() => {
    liveScope.current = scope;
    const reload = () => void run(() => latestLoad.current(), 'load', scope, replace);
    reload();
    const offs = (events === '' ? [] : (events.split(' ') as EventName[])).map((event) =>
      assistant().on(event, (payload: unknown) => {
        if (!namesAnotherProfile(payload, profileId)) reload();
      }),
    );
    return () => {
      // Whatever is still on its way belongs to a profile/key no longer shown (or to a component gone).
      liveScope.current = null;
      ticket.current += 1;
      offs.forEach((off) => off());
    };
  }, [scope, profileId, events, run]);

  const reload = useCallback(() => run(() => latestLoad.current(), 'load', scope, replace), [run, scope]);
  const act = useCallback(
    <R,>(work: () => Promise<R>, into?: (answer: R, current: T | undefined) => T | undefined) =>
      run(work, 'act', scope, into ?? (replace as unknown as (answer: R) => T)),
    [run, scope],
  ) as Act<T>;
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => {
      ticket.current += 1;
      setState((shown) => (shown.scope === scope ? { ...shown, data: update(shown.data), pending: false } : shown));
    },
    [scope],
  );
  const setError = useCallback(
    (error: UiError | null) => setState((shown) => (shown.scope === scope ? { ...shown, error, failed: error ? 'act' : null } : { ...nothing(scope), error, failed: error ? 'act' : null })),
    [scope],
  );

  const shown = state.scope === scope ? state : nothing(scope);
  return { data: shown.data, error: shown.error, pending: shown.pending, setError, reload, act, setData };
}
