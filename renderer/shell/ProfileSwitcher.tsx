import { useState } from 'react';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import type { ProfilesState } from '../../shared/domain/profile.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { assistant, type UiError } from '../lib/assistant.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { NameDialog } from './NameDialog.tsx';
import { ProfilePicker } from './ProfilePicker.tsx';
import { visibleName } from '../../shared/domain/name-text.ts';

export interface ProfileSwitcherProps {
  state: ProfilesState;
  onChange: (state: ProfilesState) => void;
  onError: (error: UiError) => void;
}

type OpenDialog = 'create' | 'rename' | 'delete' | undefined;

/** One profile per Mimecast tenant: switch, create, rename, delete. The active one is always visible. */
export function ProfileSwitcher({ state, onChange, onError }: ProfileSwitcherProps) {
  const [dialog, setDialog] = useState<OpenDialog>();
  const active = state.profiles.find((p) => p.id === state.activeId) ?? state.profiles[0]!;

  const apply = (result: Result<ProfilesState>): string | undefined => {
    if (!result.ok) return result.error.message;
    onChange(result.value);
    setDialog(undefined);
    return undefined;
  };

  return (
    <div className="row profile-switcher" role="group" aria-label="Tenant profile">
      <ProfilePicker
        state={state}
        onPick={(profileId) => {
          void assistant()
            .profiles.switch({ profileId })
            .then((r) => {
              if (r.ok) apply(r);
              else onError(r.error);
            });
        }}
      />
      {/* In a narrow window (or at 200 % zoom) the three show their icons only; the words stay their names. */}
      <button type="button" className="icon" title="New profile" onClick={() => setDialog('create')}>
        <Plus size={16} aria-hidden /> <span className="header-button-text">New</span>
      </button>
      <button type="button" className="icon" title="Rename this profile" onClick={() => setDialog('rename')}>
        <Pencil size={16} aria-hidden /> <span className="header-button-text">Rename</span>
      </button>
      <button type="button" className="icon danger" onClick={() => setDialog('delete')} disabled={state.profiles.length < 2}
        title={state.profiles.length < 2 ? 'The only profile cannot be deleted' : 'Delete this profile'}>
        <Trash2 size={16} aria-hidden /> <span className="header-button-text">Delete</span>
      </button>

      <NameDialog
        open={dialog === 'create'}
        title="New tenant profile"
        description="Each Mimecast tenant gets its own profile: its own progress, credentials and receipts."
        initialName=""
        submitLabel="Create profile"
        onSubmit={async (name) => apply(await assistant().profiles.create({ name }))}
        onOpenChange={(open) => setDialog(open ? 'create' : undefined)}
      />
      <NameDialog
        open={dialog === 'rename'}
        title="Rename profile"
        description="Only the name changes; progress and stored credentials stay with the profile."
        initialName={visibleName(active.name)}
        submitLabel="Rename"
        onSubmit={async (name) => apply(await assistant().profiles.rename({ profileId: active.id, name }))}
        onOpenChange={(open) => setDialog(open ? 'rename' : undefined)}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title={`Delete “${visibleName(active.name)}”?`}
        confirmLabel="Delete profile"
        destructive
        onOpenChange={(open) => setDialog(open ? 'delete' : undefined)}
        onConfirm={() => {
          void assistant()
            .profiles.delete({ profileId: active.id })
            .then((r) => {
              if (r.ok) apply(r);
              else onError(r.error);
            });
        }}
      >
        <p>Its progress, attached screenshots, receipts and the credentials stored for it are removed from this computer.
          Nothing changes in Mimecast or Arctic Wolf.</p>
      </ConfirmDialog>
    </div>
  );
}
