import { lazy, Suspense, useState } from 'react';
import { Info, ShieldCheck, Table2 } from 'lucide-react';
import { assistant, unwrap } from './lib/assistant.ts';
import { useAssistantQuery } from './lib/use-assistant-query.ts';
import { ProfileSwitcher } from './shell/ProfileSwitcher.tsx';
import { StoreNotices } from './shell/StoreNotices.tsx';
import { ChecklistPage } from './features/checklist/ChecklistPage.tsx';
import { UpdateReadyBanner } from './features/updates/UpdateReadyBanner.tsx';

// The tenants view is loaded when first opened: most sessions work on one tenant and never pay for it.
const TenantsView = lazy(async () => ({ default: (await import('./features/tenants/TenantsView.tsx')).TenantsView }));
// About (version, updates) likewise: opened now and then, never on the first paint.
const AboutPanel = lazy(async () => ({ default: (await import('./features/updates/AboutPanel.tsx')).AboutPanel }));

/** The app frame: header with the profile switcher, notices, and the guide for the active profile. */
export function App() {
  const { data: profiles, error, setError, setData: setProfiles, act } = useAssistantQuery(() => unwrap(assistant().profiles.list()));
  const [view, setView] = useState<'checklist' | 'tenants'>('checklist');
  const [aboutOpen, setAboutOpen] = useState(false);

  const openTenant = async (id: string): Promise<void> => {
    if (await act(() => unwrap(assistant().profiles.switch({ profileId: id })))) setView('checklist');
  };

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
        <button type="button" className="icon" aria-haspopup="dialog" onClick={() => setAboutOpen(true)}>
          <Info size={16} aria-hidden /> <span className="header-button-text">About</span>
        </button>
        {profiles && <ProfileSwitcher state={profiles} onChange={(state) => (setProfiles(() => state), setView('checklist'))} onError={setError} />}
      </header>
      <div>
        {error && (
          <div className="banner danger" role="alert">
            <span>{error.message}</span>
            <button type="button" className="icon" onClick={() => setError(null)}>
              Dismiss
            </button>
          </div>
        )}
        <StoreNotices />
        <UpdateReadyBanner />
      </div>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutPanel open onOpenChange={setAboutOpen} />
        </Suspense>
      )}
      {profiles && view === 'tenants' ? (
        <Suspense fallback={<p role="status" className="content">Loading tenants…</p>}>
          <TenantsView onOpenTenant={(id) => void openTenant(id)} />
        </Suspense>
      ) : profiles ? (
        <ChecklistPage key={profiles.activeId} profileId={profiles.activeId} />
      ) : (
        !error && <p role="status" className="content">Loading…</p>
      )}
    </div>
  );
}
