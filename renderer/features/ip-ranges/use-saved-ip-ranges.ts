import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IpRangesView } from '../../../shared/ipc/channels/ip-ranges.ts';
import { assistant, unwrap } from '../../lib/assistant.ts';
import { useAssistantQuery } from '../../lib/use-assistant-query.ts';

export interface IpRangesInputs {
  adminText: string;
  arcticWolfText: string;
  currentIp: string;
}

/** Typing pauses this long before the lists are saved (and the main process re-checks them). */
const SAVE_DELAY_MS = 300;

const empty: IpRangesInputs = { adminText: '', arcticWolfText: '', currentIp: '' };

/**
 * The profile's saved lists and the main process's view of them. Edits are saved shortly after typing stops;
 * `flush` saves at once (before acknowledging or copying, which act on the saved list). Answers that arrive out of
 * order are dropped (by `useAssistantQuery`): only the latest save's view is shown.
 */
export function useSavedIpRanges(profileId: string) {
  const query = useAssistantQuery(() => unwrap(assistant().ipRanges.load({ profileId })), { profileId });
  const view = query.data ?? null;
  // What the admin typed; until the first edit, the fields show what is saved.
  const [edited, setEdited] = useState<IpRangesInputs | null>(null);
  const saved = view?.section;
  const inputs = useMemo(
    () => edited ?? (saved ? { adminText: saved.adminText, arcticWolfText: saved.arcticWolfText, currentIp: saved.currentIp } : empty),
    [edited, saved],
  );
  // The edits as of the last keystroke, ahead of the render that shows them: what a save sends.
  const latest = useRef<IpRangesInputs | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);

  useEffect(() => () => clearTimeout(timer.current), [profileId]);

  const { act } = query;
  const saveNow = useCallback(async (): Promise<IpRangesView | null> => {
    clearTimeout(timer.current);
    dirty.current = false;
    const lists = latest.current ?? inputs;
    return (await act(() => unwrap(assistant().ipRanges.save({ profileId, ...lists })))) ?? null;
  }, [profileId, act, inputs]);

  const setInputs = useCallback(
    (change: Partial<IpRangesInputs>) => {
      latest.current = { ...(latest.current ?? inputs), ...change };
      setEdited(latest.current);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [inputs, saveNow],
  );

  /** Saves pending edits now; answers the view of exactly what is on screen. */
  const flush = useCallback(async (): Promise<IpRangesView | null> => (dirty.current || !view?.section ? saveNow() : view), [saveNow, view]);

  return {
    inputs,
    setInputs,
    view,
    /** Shows a view another operation answered (an acknowledgement recorded). */
    setView: (next: IpRangesView) => query.setData(() => next),
    loaded: view !== null,
    error: query.error,
    setError: query.setError,
    flush,
  };
}
