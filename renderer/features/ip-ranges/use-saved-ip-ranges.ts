import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpRangesView } from '../../../shared/ipc/channels/ip-ranges.ts';
import { assistant, messageOf, unwrap } from '../../lib/assistant.ts';

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
 * order are dropped: only the latest save's view is shown.
 */
export function useSavedIpRanges(profileId: string) {
  const [inputs, setInputsState] = useState<IpRangesInputs>(empty);
  const [view, setView] = useState<IpRangesView | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(inputs);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sequence = useRef(0);
  const dirty = useRef(false);

  useEffect(() => {
    let active = true;
    unwrap(assistant().ipRanges.load({ profileId }))
      .then((loadedView) => {
        if (!active) return;
        const saved = loadedView.section;
        const next = saved ? { adminText: saved.adminText, arcticWolfText: saved.arcticWolfText, currentIp: saved.currentIp } : empty;
        latest.current = next;
        setInputsState(next);
        setView(loadedView);
        setLoaded(true);
      })
      .catch((e: unknown) => active && setError(messageOf(e)));
    return () => {
      active = false;
      clearTimeout(timer.current);
    };
  }, [profileId]);

  const saveNow = useCallback(async (): Promise<IpRangesView | null> => {
    clearTimeout(timer.current);
    dirty.current = false;
    const mine = (sequence.current += 1);
    try {
      const saved = await unwrap(assistant().ipRanges.save({ profileId, ...latest.current }));
      if (mine === sequence.current) {
        setView(saved);
        setError(null);
      }
      return saved;
    } catch (e) {
      if (mine === sequence.current) setError(messageOf(e));
      return null;
    }
  }, [profileId]);

  const setInputs = useCallback(
    (change: Partial<IpRangesInputs>) => {
      latest.current = { ...latest.current, ...change };
      setInputsState(latest.current);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow],
  );

  /** Saves pending edits now; answers the view of exactly what is on screen. */
  const flush = useCallback(async (): Promise<IpRangesView | null> => (dirty.current || !view?.section ? saveNow() : view), [saveNow, view]);

  return { inputs, setInputs, view, setView, loaded, error, setError, flush };
}
