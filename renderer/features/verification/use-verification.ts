import { useEffect, useState } from 'react';
import type { GatewayChoice } from '../../../shared/verification/gateways.ts';
import type { CheckId, CheckResult, VerificationProgress, VerificationReport } from '../../../shared/verification/report.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

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
  const { data: state, error, act } = useAssistantQuery(() => unwrap(assistant().verification.state({ profileId })), { profileId });
  const [live, setLive] = useState<LiveRun | null>(null);

  useEffect(
    () =>
      assistant().on('verification.progress', (progress: VerificationProgress) => {
        if (progress.profileId !== profileId) return;
        if (progress.kind === 'token') setLive((run) => run && { ...run, token: progress.result });
        if (progress.kind === 'check') setLive((run) => run && { ...run, checks: { ...run.checks, [progress.result.id]: progress.result } });
      }),
    [profileId],
  );

  const saveGateway = async (choice: GatewayChoice): Promise<boolean> =>
    (await act(() => unwrap(assistant().verification.setGateway({ profileId, gateway: choice })))) !== undefined;

  const run = async (): Promise<void> => {
    setLive({ checks: {} });
    await act(
      () => unwrap(assistant().verification.run({ profileId })),
      (report, current) => current && { ...current, latest: report, keysReplacedSince: false },
    );
    setLive(null);
  };

  return { state: state ?? null, error, live, running: live !== null, saveGateway, run };
}
