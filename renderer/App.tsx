import { useEffect, useState } from 'react';
import { ShieldCheck } from 'lucide-react';
import type { ProfilesState } from '../shared/domain/profile.ts';
import type { ResponseOf } from '../shared/ipc/contract.ts';
import { assistant, messageOf, unwrap } from './lib/assistant.ts';
import { ProfileSwitcher } from './shell/ProfileSwitcher.tsx';
import { StoreNotices } from './shell/StoreNotices.tsx';
import { ChecklistPage } from './features/checklist/ChecklistPage.tsx';

type AppInfo = ResponseOf<'app.info'>;

/** The app frame: header with the profile switcher, notices, and the guide for the active profile. */
export function App() {
  const [info, setInfo] = useState<AppInfo>();
  const [profiles, setProfiles] = useState<ProfilesState>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    Promise.all([unwrap(assistant().app.info()), unwrap(assistant().profiles.list())]).then(
      ([appInfo, state]) => {
        if (!current) return;
        setInfo(appInfo);
        setProfiles(state);
      },
      (e: unknown) => current && setError(messageOf(e)),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the current step
      </a>
      <header className="app-header">
        <p className="app-title">
          <ShieldCheck size={20} aria-hidden /> Mimecast → Arctic Wolf assistant
        </p>
        <span className="spacer" />
        {profiles && <ProfileSwitcher state={profiles} onChange={setProfiles} onError={setError} />}
      </header>
      <div>
        {error && (
          <div className="banner danger" role="alert">
            <span>{error}</span>
            <button type="button" className="icon" onClick={() => setError(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        <StoreNotices recoveries={info?.storeRecoveries ?? []} secretStore={info?.secretStore} />
      </div>
      {profiles ? (
        <ChecklistPage key={profiles.activeId} profileId={profiles.activeId} />
      ) : (
        !error && <p role="status" className="content">Loading…</p>
      )}
    </div>
  );
}
