import { useCallback, useEffect, useState } from 'react';
import type { LifecycleView } from '../../../shared/handoff/lifecycle-view.ts';
import { assistant, messageOf, unwrap } from '../../lib/assistant.ts';

/** The lifecycle widget's state; refreshed on the scheduler's countdown and whenever the hand-off record changes. */
export function useLifecycle(profileId: string) {
  const [view, setView] = useState<LifecycleView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = useCallback(async (work: () => Promise<LifecycleView>) => {
    setError(null);
    try {
      setView(await work());
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    const reload = (): void => void act(() => unwrap(assistant().lifecycle.state()));
    reload();
    const offCountdown = assistant().on('lifecycle.countdown', (event) => {
      if (event.profileId === profileId) reload();
    });
    // A hand-off confirmed in the widget above changes what is offered here (forget the secret).
    const offChanged = assistant().on('handoff.changed', (event) => {
      if (event.profileId === profileId) reload();
    });
    return () => {
      offCountdown();
      offChanged();
    };
  }, [profileId, act]);

  return {
    view,
    error,
    setExpiry: (date: string | null) => act(() => unwrap(assistant().lifecycle.setExpiry({ date }))),
    reportFailure: () => act(() => unwrap(assistant().lifecycle.reportFailure())),
    markRefreshed: () => act(() => unwrap(assistant().lifecycle.markRefreshed())),
    forgetSecret: () => act(() => unwrap(assistant().lifecycle.forgetSecret())),
  };
}
