import { useEffect, useState } from 'react';
import { AlertTriangle } from 'lucide-react';
import { assistant } from '../lib/assistant.ts';
import type { StoreRecovery } from '../../shared/domain/profile.ts';
import type { SecretStoreInfo } from '../../shared/domain/secret-backend.ts';

/** Things the admin must know before doing anything else: a settings file moved aside, a secret kept in memory only. */
export function StoreNotices({ recoveries, secretStore }: { recoveries: StoreRecovery[]; secretStore: SecretStoreInfo | undefined }) {
  // Files set aside after start (a damaged profile opened on a switch) arrive as pushes; those at start come in props.
  const [later, setLater] = useState<StoreRecovery[]>([]);
  useEffect(() => assistant().on('store.recovered', (r) => setLater((seen) => [...seen, r])), []);
  const shown = [...recoveries, ...later.filter((r) => !recoveries.some((s) => s.movedTo === r.movedTo))];
  return (
    <div>
      {shown.map((r) => (
        <div key={r.movedTo} className="banner danger" role="alert">
          <AlertTriangle size={16} aria-hidden />
          <span>
            A settings file could not be read and was set aside, not deleted: {r.reason} It is kept at <code>{r.movedTo}</code>.{' '}
            {r.recovered?.length ? `Recovered from it: ${r.recovered.join('; ')}.` : 'Nothing in it could be recovered, so the app started fresh for that file.'}
          </span>
        </div>
      ))}
      {secretStore && !secretStore.persistent && (
        <div className="banner caution" role="status">
          <AlertTriangle size={16} aria-hidden />
          <span>
            No protected credential store is available on this computer. A Client Secret you enter is kept in memory for this
            session only and is gone when you quit — hand it over to Arctic Wolf before closing the app.
          </span>
        </div>
      )}
    </div>
  );
}
