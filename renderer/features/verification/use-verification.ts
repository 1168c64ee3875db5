import { useCallback, useEffect, useState } from 'react';
import type { VerificationState } from '../../../shared/ipc/channels/verification.ts';
import type { GatewayChoice } from '../../../shared/verification/gateways.ts';
import type { VerificationProgress } from '../../../shared/verification/report.ts';
import type { CheckId, CheckResult, VerificationReport } from '../../../shared/verification/report.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

/** The answers of the run under way, filled in as the main process pushes them. */
export interface LiveRun {
  token?: VerificationReport['token'];
  checks: Partial<Record<CheckId, CheckResult>>;
}

/**
 * The panel's data: the saved gateway and last report (from the main process), the live answers of a run (from
 * `verification.progress` pushes), and the two actions. The secret never passes through here.
 */
export function useVerification(profileId: string) {
  // Kept with the profile it belongs to, so a profile switch never shows the previous tenant's report.
  const [loaded, setLoaded] = useState<{ profileId: string; value: VerificationState } | null>(null);
  const state = loaded?.profileId === profileId ? loaded.value : null;
  const setState = useCallback(
    (update: (current: VerificationState | null) => VerificationState | null) =>
      setLoaded((previous) => {
        const next = update(previous?.profileId === profileId ? previous.value : null);
        return next ? { profileId, value: next } : null;
      }),
    [profileId],
  );
  const [error, setError] = useState<UiError | null>(null);
  const [live, setLive] = useState<LiveRun | null>(null);

  useEffect(() => {
    let active = true;
    unwrap(assistant().verification.state())
      .then((value) => active && setLoaded({ profileId, value }))
      .catch((e: unknown) => active && setError(asUiError(e)));
    return () => {
      active = false;
    };
  }, [profileId]);

  useEffect(
    () =>
      assistant().on('verification.progress', (progress: VerificationProgress) => {
        if (progress.profileId !== profileId) return;
        if (progress.kind === 'token') setLive((run) => run && { ...run, token: progress.result });
        if (progress.kind === 'check') setLive((run) => run && { ...run, checks: { ...run.checks, [progress.result.id]: progress.result } });
      }),
    [profileId],
  );

  const saveGateway = useCallback(async (choice: GatewayChoice): Promise<boolean> => {
    try {
      const value = await unwrap(assistant().verification.setGateway(choice));
      setState(() => value);
      setError(null);
      return true;
    } catch (e) {
      setError(asUiError(e));
      return false;
    }
  }, [setState]);

  const run = useCallback(async (): Promise<void> => {
    setError(null);
    setLive({ checks: {} });
    try {
      const report = await unwrap(assistant().verification.run());
      setState((current) => current && { ...current, latest: report, keysReplacedSince: false });
    } catch (e) {
      setError(asUiError(e));
    } finally {
      setLive(null);
    }
  }, [setState]);

  return { state, error, live, running: live !== null, saveGateway, run };
}
