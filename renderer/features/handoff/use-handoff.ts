import { useCallback, useEffect, useState } from 'react';
import type { HandoffView, IntakeConfig, IntakeProgressEvent, PortalGuide, PreflightViewValue } from '../../../shared/handoff/handoff-view.ts';
import type { IntakeOutcome } from '../../../shared/handoff/intake-contract.ts';
import type { PortalHealth } from '../../../shared/handoff/portal-health.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

/** The hand-off widget's state: the saved record, the pre-flight, the portal guide, the intake settings. */
export function useHandoff(profileId: string) {
  const [view, setView] = useState<HandoffView | null>(null);
  const [preflight, setPreflight] = useState<PreflightViewValue | null>(null);
  // Starts true: the widget checks the credentials as soon as it opens.
  const [preflightRunning, setPreflightRunning] = useState(true);
  const [guide, setGuide] = useState<PortalGuide | null>(null);
  const [intake, setIntake] = useState<IntakeConfig | null>(null);
  const [progress, setProgress] = useState<IntakeProgressEvent | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  const attempt = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(asUiError(e));
      return undefined;
    }
  }, []);

  const refreshGuide = useCallback(async () => setGuide(await unwrap(assistant().handoff.portalGuide())), []);

  const runPreflight = useCallback(
    async (rerun: boolean) => {
      setPreflightRunning(true);
      await attempt(async () => setPreflight(await unwrap(assistant().handoff.preflight({ rerun }))));
      setPreflightRunning(false);
    },
    [attempt],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [state, config, portal] = await Promise.all([
          unwrap(assistant().handoff.state()),
          unwrap(assistant().handoff.intakeConfig()),
          unwrap(assistant().handoff.portalGuide()),
        ]);
        if (!live) return;
        setView(state);
        setIntake(config);
        setGuide(portal);
        // Re-runs verification when the last one is missing or older than an hour.
        const checked = await unwrap(assistant().handoff.preflight({}));
        if (live) setPreflight(checked);
      } catch (e) {
        if (live) setError(asUiError(e));
      } finally {
        if (live) setPreflightRunning(false);
      }
    })();
    const offProgress = assistant().on('handoff.intakeProgress', (event) => {
      if (event.profileId === profileId) setProgress(event);
    });
    // The lifecycle widget beside this one may change the record (Credential Expiry appears in the portal guide).
    const offChanged = assistant().on('handoff.changed', (event) => {
      if (event.profileId !== profileId) return;
      void Promise.all([unwrap(assistant().handoff.state()), unwrap(assistant().handoff.portalGuide())])
        .then(([state, portal]) => {
          if (!live) return;
          setView(state);
          setGuide(portal);
        })
        .catch(() => {
          // A failed refresh leaves the last view in place; the next action shows its own error.
        });
    });
    return () => {
      live = false;
      offProgress();
      offChanged();
    };
  }, [profileId]);

  return {
    view,
    preflight,
    preflightRunning,
    guide,
    intake,
    progress,
    submitting,
    outcome,
    error,
    rerunPreflight: () => runPreflight(true),
    proceedAnyway: () =>
      attempt(async () => {
        setView(await unwrap(assistant().handoff.proceedAnyway()));
        setPreflight(await unwrap(assistant().handoff.preflight({})));
      }),
    setAccountName: (accountName: string) =>
      attempt(async () => {
        setView(await unwrap(assistant().handoff.setAccountName({ accountName })));
        await refreshGuide();
      }),
    recordOutcome: (state: PortalHealth) => attempt(async () => setView(await unwrap(assistant().handoff.recordOutcome({ state })))),
    configureIntake: (input: { url: string; accountName?: string; token?: string }) =>
      attempt(async () => {
        setIntake(await unwrap(assistant().handoff.configureIntake(input)));
        setView(await unwrap(assistant().handoff.state()));
        return true;
      }),
    submitIntake: async () => {
      setSubmitting(true);
      setOutcome(null);
      setProgress(null);
      await attempt(async () => {
        setOutcome(await unwrap(assistant().handoff.submitIntake()));
        setView(await unwrap(assistant().handoff.state()));
      });
      setSubmitting(false);
    },
  };
}
export type HandoffState = ReturnType<typeof useHandoff>;
