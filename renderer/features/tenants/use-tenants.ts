import { useCallback, useEffect, useRef, useState } from 'react';
import type { FleetProgress, FleetRun } from '../../../shared/fleet/fleet-run.ts';
import { asUiError, assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

/** The live state of each tenant in the "Verify all" under way, from `tenants.progress` pushes. */
export type LiveRows = Record<string, FleetProgress>;

export interface RunSummary {
  done: number;
  total: number;
  finished: FleetRun | null;
}

/**
 * The tenants view's data: the overview (re-read after a run, since each tenant's report was saved), the run under
 * way (per-row state from pushes) and its two actions. The engine is the main process's, the same as `fleet verify`.
 */
export function useTenants() {
  const { data: overview, error, setError, act, reload } = useAssistantQuery(() => unwrap(assistant().tenants.overview()));
  const [live, setLive] = useState<LiveRows>({});
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const runningRef = useRef(false);

  useEffect(
    () =>
      assistant().on('tenants.progress', (progress) => {
        if (!runningRef.current) return;
        setLive((rows) => ({ ...rows, [progress.profileId]: progress }));
        setSummary((s) => ({ done: progress.done, total: progress.total, finished: s?.finished ?? null }));
      }),
    [],
  );

  const verifyAll = useCallback(async () => {
    runningRef.current = true;
    setRunning(true);
    setLive({});
    setSummary({ done: 0, total: 0, finished: null });
    // The run's answer is not the overview: the overview stays until it is read again below.
    const finished = await act(() => unwrap(assistant().tenants.verifyAll({})), (_run, shown) => shown);
    // The answer is the final word for every row: a push still on its way when it arrived is ignored.
    runningRef.current = false;
    if (finished) {
      const total = finished.total;
      setLive(
        Object.fromEntries(
          finished.results.map((result) => [
            result.profile,
            { runId: finished.runId, profileId: result.profile, state: result.error?.code === 'cancelled' ? 'cancelled' : result.ok ? 'passed' : 'failed', result, done: total, total },
          ]),
        ),
      );
      setSummary({ done: total, total, finished });
    } else {
      setSummary(null);
    }
    setRunning(false);
    await reload();
  }, [act, reload]);

  const cancel = useCallback(async () => {
    try {
      await unwrap(assistant().tenants.cancel());
    } catch (e) {
      setError(asUiError(e));
    }
  }, [setError]);

  /** Shows what each profile has saved, in place of the last run's per-row answers. */
  const refresh = useCallback(async () => {
    setLive({});
    await reload();
  }, [reload]);

  return { overview: overview ?? null, error, live, running, summary, verifyAll, cancel, refresh };
}
