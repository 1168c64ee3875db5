import { lazy, Suspense, useEffect, useState } from 'react';
import { ShieldCheck, Table2 } from 'lucide-react';
import type { ProfilesState } from '../shared/domain/profile.ts';
import type { ResponseOf } from '../shared/ipc/contract.ts';
import { assistant, messageOf, unwrap } from './lib/assistant.ts';
import { ProfileSwitcher } from './shell/ProfileSwitcher.tsx';
import { StoreNotices } from './shell/StoreNotices.tsx';
import { ChecklistPage } from './features/checklist/ChecklistPage.tsx';

type AppInfo = ResponseOf<'app.info'>;

// The tenants view is loaded when first opened: most sessions work on one tenant and never pay for it.
const TenantsView = lazy(async () => ({ default: (await import('./features/tenants/TenantsView.tsx')).TenantsView }));

/** The app frame: header with the profile switcher, notices, and the guide for the active profile. */
export function App() {
  const [info, setInfo] = useState<AppInfo>();
  const [profiles, setProfiles] = useState<ProfilesState>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<'checklist' | 'tenants'>('checklist');

  const openTenant = (id: string): void => {
    void assistant()
      .profiles.switch({ profileId: id })
      .then((result) => {
        if (!result.ok) return setError(result.error.message);
        setProfiles(result.value);
        setView('checklist');
      });
  };

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
          <ShieldCheck size={20} aria-hidden /> <span className="app-title-text">Mimecast → Arctic Wolf assistant</span>
        </p>
        <span className="spacer" />
        {profiles && (
          <button type="button" className="icon" aria-pressed={view === 'tenants'} onClick={() => setView(view === 'tenants' ? 'checklist' : 'tenants')}>
            <Table2 size={16} aria-hidden /> All tenants
          </button>
        )}
        {profiles && <ProfileSwitcher state={profiles} onChange={(state) => (setProfiles(state), setView('checklist'))} onError={setError} />}
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
      {profiles && view === 'tenants' ? (
        <Suspense fallback={<p role="status" className="content">Loading tenants…</p>}>
          <TenantsView onOpenTenant={openTenant} />
        </Suspense>
      ) : profiles ? (
        <ChecklistPage key={profiles.activeId} profileId={profiles.activeId} />
      ) : (
        !error && <p role="status" className="content">Loading…</p>
      )}
    </div>
  );
}
