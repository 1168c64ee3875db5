import { useState } from 'react';
import { stepIds, type StepId } from '../../../shared/checklist/step-ids.ts';
import { StepList, type StepListItem } from './StepList.tsx';

// Titles stand in here until the step definitions in shared/checklist/ drive this page.
const titles: Record<StepId, string> = {
  'before-you-start': 'Before you start',
  'create-role': 'Create the role',
  'create-application': 'Create the API application',
  notifications: 'Notifications',
  'generate-keys': 'Generate keys',
  'capture-keys': 'Store the keys',
  'admin-ip-ranges': 'Admin IP Ranges (optional)',
  handoff: 'Hand off to Arctic Wolf',
  'remove-api-1': 'Remove the API 1.0 application',
};

/** The guide for the active profile: step list on the left, one step at a time on the right. */
export function ChecklistPage({ profileId }: { profileId: string }) {
  const [current, setCurrent] = useState<StepId>('before-you-start');
  const items: StepListItem[] = stepIds.map((id) => ({ id, title: titles[id], state: id === current ? 'current' : 'todo' }));
  return (
    <div className="app-body" data-profile={profileId}>
      <aside className="sidebar">
        <StepList items={items} currentId={current} onSelect={setCurrent} />
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <div className="content-inner">
          <h1>{titles[current]}</h1>
        </div>
      </main>
    </div>
  );
}
