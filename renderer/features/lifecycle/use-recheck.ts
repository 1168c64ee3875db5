import { useCallback, useEffect, useState } from 'react';
import type { RecheckSettings, RecheckView } from '../../../shared/verification/monitoring.ts';
import { assistant, messageOf, unwrap } from '../../lib/assistant.ts';

/** The background re-check of the active profile; reloaded whenever a run or a settings change is pushed. */
export function useRecheck(profileId: string) {
  const [view, setView] = useState<RecheckView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = useCallback(async (work: () => Promise<RecheckView>) => {
    setError(null);
    try {
      setView(await work());
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    const reload = (): void => void act(() => unwrap(assistant().recheck.state()));
    reload();
    const offRecheck = assistant().on('recheck.changed', (event) => {
      if (event.profileId === profileId) reload();
    });
    // The hand-off being confirmed is what starts the watching.
    const offHandoff = assistant().on('handoff.changed', (event) => {
      if (event.profileId === profileId) reload();
    });
    return () => {
      offRecheck();
      offHandoff();
    };
  }, [profileId, act]);

  return { view, error, save: (settings: RecheckSettings) => act(() => unwrap(assistant().recheck.setSettings(settings))) };
}
