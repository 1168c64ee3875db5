import { AlertTriangle } from 'lucide-react';
import type { StoreInfo } from '../../../shared/credentials/credentials.ts';

/** Shown whenever this run has no protected store: the secret lives in memory and is lost when the app quits. */
export function MemoryOnlyBanner({ store }: { store: StoreInfo }) {
  if (store.backend !== 'memory') return null;
  return (
    <div className="banner caution" role="status">
      <p>
        <AlertTriangle size={16} aria-hidden /> <strong>Caution: the secret will be kept in memory only.</strong>
      </p>
      <p>
        {store.fallbackReason ? `${store.fallbackReason} ` : ''}
        Nothing is written to disk, and the secret is gone when you quit. Keep the app open until you have verified and
        handed off the keys — or unlock your keyring and restart the app to store them properly.
      </p>
    </div>
  );
}
