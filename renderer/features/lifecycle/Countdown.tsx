import { useEffect, useState } from 'react';
import { formatCountdown } from '../../lib/time-format.ts';

/**
 * Time left until `endsAt`, ticking every second on the renderer's clock (the main process's scheduler also pushes
 * the remaining time, which re-syncs the view). Screen readers hear it once a minute, not every second.
 */
export function Countdown({ endsAt }: { endsAt: string }) {
  const end = Date.parse(endsAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = Math.max(0, end - now);
  const minutesLeft = Math.ceil(remaining / 60_000);
  return (
    <>
      <p className={`lifecycle-countdown ${remaining === 0 ? 'closed' : ''}`} aria-hidden data-testid="lifecycle-countdown">
        {formatCountdown(remaining)}
      </p>
      <p className="visually-hidden" role="status">
        {remaining === 0 ? 'The 12-hour window has passed.' : `${Math.floor(minutesLeft / 60)} hours ${minutesLeft % 60} minutes left.`}
      </p>
    </>
  );
}
