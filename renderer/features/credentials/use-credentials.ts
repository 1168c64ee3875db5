import { useCallback, useEffect, useState } from 'react';
import type { CredentialStatusValue, StoreInfo } from '../../../shared/credentials/credentials.ts';
import { asUiError, assistant, unwrap, type UiError } from '../../lib/assistant.ts';

/**
 * What the capture widget shows: the stored status and where secrets go in this run. Both come from the main
 * process and never hold the secret.
 */
export function useCredentials(profileId: string) {
  const [status, setStatus] = useState<CredentialStatusValue | null>(null);
  const [store, setStore] = useState<StoreInfo | null>(null);
  const [loadError, setLoadError] = useState<UiError | null>(null);

  useEffect(() => {
    // The widget is keyed by profile, so this runs once per profile with empty state.
    let active = true;
    Promise.all([unwrap(assistant().credentials.status()), unwrap(assistant().credentials.storeInfo())])
      .then(([loadedStatus, loadedStore]) => {
        if (!active) return;
        setStatus(loadedStatus);
        setStore(loadedStore);
      })
      .catch((e: unknown) => active && setLoadError(asUiError(e)));
    return () => {
      active = false;
    };
  }, [profileId]);

  const refresh = useCallback(async () => setStatus(await unwrap(assistant().credentials.status())), []);

  return { status, setStatus, store, loadError, refresh };
}

/** Seconds until the app clears the copied secret from the clipboard, from the main process's countdown. */
export function useClipboardCountdown() {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [cleared, setCleared] = useState<boolean | null>(null);
  useEffect(
    () =>
      assistant().on('credentials.clipboardCountdown', (tick) => {
        if (tick.secondsLeft > 0) {
          setSecondsLeft(tick.secondsLeft);
          setCleared(null);
        } else {
          setSecondsLeft(null);
          setCleared(tick.cleared ?? false);
        }
      }),
    [],
  );
  return { secondsLeft, cleared, start: (seconds: number) => (setSecondsLeft(seconds), setCleared(null)) };
}
