import { AlertTriangle } from 'lucide-react';
import { assistant, unwrap } from '../lib/assistant.ts';
import { useAssistantQuery } from '../lib/use-assistant-query.ts';

/** Things the admin must know before doing anything else: a settings file moved aside, a secret kept in memory only. */
export function StoreNotices() {
  // The main process keeps every file it set aside since start; one set aside later (a damaged profile opened on a
  // switch) is pushed, and the list is read again.
  const { data: info } = useAssistantQuery(() => unwrap(assistant().app.info()), { refreshOn: ['store.recovered'] });
  const shown = info?.storeRecoveries ?? [];
  const secretStore = info?.secretStore;
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
