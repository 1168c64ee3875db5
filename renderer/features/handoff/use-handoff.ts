import { useEffect, useState } from 'react';
import type { IntakeProgressEvent } from '../../../shared/handoff/handoff-view.ts';
import type { IntakeOutcome } from '../../../shared/handoff/intake-contract.ts';
import type { PortalHealth } from '../../../shared/handoff/portal-health.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

const handoff = () => assistant().handoff;

/** The saved record with what is derived from it: the portal guide (Account Name, Credential Expiry). */
async function loadRecord(profileId: string) {
  const [view, guide] = await Promise.all([unwrap(handoff().state({ profileId })), unwrap(handoff().portalGuide({ profileId }))]);
  return { view, guide };
}
type HandoffRecord = Awaited<ReturnType<typeof loadRecord>>;

/** The hand-off widget's state: the saved record, the pre-flight, the portal guide, the intake settings. */
export function useHandoff(profileId: string) {
  // The lifecycle widget beside this one may change the record (Credential Expiry appears in the portal guide).
  const record = useAssistantQuery(() => loadRecord(profileId), { profileId, refreshOn: ['handoff.changed'] });
  const intake = useAssistantQuery(() => unwrap(handoff().intakeConfig({ profileId })), { profileId });
  // Re-runs verification when the last one is missing or older than an hour; running from the start.
  const preflight = useAssistantQuery(() => unwrap(handoff().preflight({ profileId })), { profileId });
  const [progress, setProgress] = useState<IntakeProgressEvent | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);

  useEffect(
    () =>
      assistant().on('handoff.intakeProgress', (event) => {
        if (event.profileId === profileId) setProgress(event);
      }),
    [profileId],
  );

  const withView = (view: HandoffRecord['view'], current: HandoffRecord | undefined) => current && { ...current, view };

  return {
    view: record.data?.view ?? null,
    guide: record.data?.guide ?? null,
    intake: intake.data ?? null,
    preflight: preflight.data ?? null,
    preflightRunning: preflight.pending,
    progress,
    submitting,
    outcome,
    error: record.error ?? intake.error ?? preflight.error,
    rerunPreflight: () => preflight.act(() => unwrap(handoff().preflight({ profileId, rerun: true }))),
    proceedAnyway: async () => {
      if ((await record.act(() => unwrap(handoff().proceedAnyway({ profileId })), withView)) !== undefined) await preflight.reload();
    },
    setAccountName: (accountName: string) => record.act(async () => (await unwrap(handoff().setAccountName({ profileId, accountName })), loadRecord(profileId))),
    recordOutcome: (state: PortalHealth) => record.act(() => unwrap(handoff().recordOutcome({ profileId, state })), withView),
    configureIntake: async (input: { url: string; accountName?: string; token?: string }) => {
      if ((await intake.act(() => unwrap(handoff().configureIntake({ profileId, ...input })))) === undefined) return undefined;
      await record.reload();
      return true;
    },
    submitIntake: async () => {
      setSubmitting(true);
      setOutcome(null);
      setProgress(null);
      const answer = await record.act(async () => {
        const submitted = await unwrap(handoff().submitIntake({ profileId }));
        return { submitted, view: await unwrap(handoff().state({ profileId })) };
      }, ({ view }, current) => withView(view, current));
      if (answer) setOutcome(answer.submitted);
      setSubmitting(false);
    },
  };
}
export type HandoffState = ReturnType<typeof useHandoff>;
