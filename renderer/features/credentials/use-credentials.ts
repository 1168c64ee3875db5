import { useEffect, useState } from 'react';
import type { CredentialStatusValue, StoreInfo } from '../../../shared/credentials/credentials.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

/**
 * What the capture widget shows: the stored status and where secrets go in this run, and the actions that change
 * the status. Both come from the main process and never hold the secret.
 */
export function useCredentials(profileId: string) {
  const query = useAssistantQuery(
    async () => {
      const [status, store] = await Promise.all([unwrap(assistant().credentials.status({ profileId })), unwrap(assistant().credentials.storeInfo())]);
      return { status, store };
    },
    { profileId },
  );
  const withStatus = (status: CredentialStatusValue, current: { status: CredentialStatusValue; store: StoreInfo } | undefined) => current && { ...current, status };
  return {
    status: query.data?.status ?? null,
    store: query.data?.store ?? null,
    error: query.error,
    setError: query.setError,
    /** Shows a status another part of the widget got (the capture form's answer). */
    setStatus: (status: CredentialStatusValue) => query.setData((current) => withStatus(status, current)),
    /** Runs an operation whose answer is the new status (delete, forget the secret). */
    act: (operation: () => Promise<CredentialStatusValue>) => query.act(operation, withStatus),
  };
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
