import { useCallback, useEffect, useRef, useState } from 'react';
import type { FleetProgress, FleetRun } from '../../../shared/fleet/fleet-run.ts';
import type { TenantsOverview } from '../../../shared/fleet/tenant-row.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

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
  const [overview, setOverview] = useState<TenantsOverview | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [live, setLive] = useState<LiveRows>({});
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const runningRef = useRef(false);

  const reload = useCallback(async () => {
    try {
      setOverview(await unwrap(assistant().tenants.overview()));
    } catch (e) {
      setError(asUiError(e));
    }
  }, []);

  useEffect(() => {
    let current = true;
    unwrap(assistant().tenants.overview()).then(
      (value) => current && setOverview(value),
      (e: unknown) => current && setError(asUiError(e)),
    );
    return () => {
      current = false;
    };
  }, []);

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
    setError(null);
    setSummary({ done: 0, total: 0, finished: null });
    try {
      const finished = await unwrap(assistant().tenants.verifyAll({}));
      // The answer is the final word for every row: a push still on its way when it arrived is ignored.
      runningRef.current = false;
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
    } catch (e) {
      setError(asUiError(e));
      setSummary(null);
    } finally {
      runningRef.current = false;
      setRunning(false);
      await reload();
    }
  }, [reload]);

  const cancel = useCallback(async () => {
    try {
      await unwrap(assistant().tenants.cancel());
    } catch (e) {
      setError(asUiError(e));
    }
  }, []);

  /** Shows what each profile has saved, in place of the last run's per-row answers. */
  const refresh = useCallback(async () => {
    setLive({});
    await reload();
  }, [reload]);

  return { overview, error, live, running, summary, verifyAll, cancel, refresh };
}
