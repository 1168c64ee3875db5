import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressView } from '../../../../../shared/checklist/progress.ts';
import { createProfilesService, type ProfilesService } from '../../../../../electron/services/profiles/profiles-service.ts';
import { createProgressService } from '../../../../../electron/services/progress/progress-service.ts';
import { openConfStore } from '../../../../../electron/services/settings/conf-store.ts';

let dataDir: string;
let clock: Date;
const now = () => clock;
const openProfiles = (): ProfilesService => createProfilesService({ dataDir, openStore: openConfStore, now });

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'aw-progress-'));
  clock = new Date('2026-11-25T10:00:00.000Z');
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('progress service', () => {
  it('starts fresh without writing anything', () => {
    const progress = createProgressService({ profiles: openProfiles(), now, actor: () => 'sam' });
    const view = progress.view();
    expect(view).toMatchObject({ profileId: 'default', progress: { currentStep: 'before-you-start' }, status: { done: 0, total: 8 } });
    expect(JSON.parse(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8'))).not.toHaveProperty('progress');
  });

  it('saves every change at once, so a new process (a restart) reads the same place and ticks', () => {
    const changes: ProgressView[] = [];
    const first = createProgressService({ profiles: openProfiles(), now, actor: () => 'sam', onChange: (v) => changes.push(v) });
    first.update(undefined, { op: 'choose', choice: 'deployment', value: 'migration' });
    first.update(undefined, { op: 'tick', step: 'create-role', action: 'new-role', checked: true });
    clock = new Date('2026-11-25T10:03:00.000Z');
    first.update(undefined, { op: 'goTo', step: 'create-role' });
    expect(changes).toHaveLength(3);
    expect(changes[2]?.status.steps.find((s) => s.id === 'create-role')?.state).toBe('current');

    const onDisk = JSON.parse(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')) as { progress: unknown };
    expect(onDisk.progress).toMatchObject({ currentStep: 'create-role', choices: { deployment: { value: 'migration' } } });

    const restarted = createProgressService({ profiles: openProfiles(), now });
    const view = restarted.view();
    expect(view.progress.currentStep).toBe('create-role');
    expect(view.progress.steps['create-role']?.ticks).toEqual({ 'new-role': { at: '2026-11-25T10:00:00.000Z' } });
    expect(view.status.total).toBe(9);
  });

  it('records who completed a step, and keeps profiles apart', () => {
    const profiles = openProfiles();
    profiles.create('Contoso');
    const progress = createProgressService({ profiles, now, actor: () => 'sam' });
    progress.update('contoso', { op: 'choose', choice: 'admin-ip-plan', value: 'skip' });
    expect(progress.read('contoso').steps['admin-ip-ranges']).toMatchObject({ completedAt: clock.toISOString(), completedBy: 'sam' });
    expect(progress.read('default').steps).toEqual({});
  });

  it('starts over: clears the profile’s progress and announces it', () => {
    const changes: ProgressView[] = [];
    const progress = createProgressService({ profiles: openProfiles(), now, onChange: (v) => changes.push(v) });
    progress.update(undefined, { op: 'goTo', step: 'handoff' });
    progress.update(undefined, { op: 'gate', widget: 'credentials-capture', satisfied: true });
    const view = progress.startOver();
    expect(view.progress).toMatchObject({ currentStep: 'before-you-start', steps: {}, gates: {}, choices: {} });
    expect(changes.at(-1)).toEqual(view);
    expect(JSON.parse(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8'))).not.toHaveProperty('progress');
  });

  it('never resets silently: progress that fails the schema is moved aside and reported', () => {
    const progress = createProgressService({ profiles: openProfiles(), now });
    progress.update(undefined, { op: 'goTo', step: 'notifications' });
    const file = join(dataDir, 'profiles', 'default.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { progress: { updatedAt: string } };
    data.progress.updatedAt = 'yesterday-ish';
    writeFileSync(file, JSON.stringify(data));

    const profiles = openProfiles();
    const reopened = createProgressService({ profiles, now });
    expect(reopened.view().progress.currentStep).toBe('before-you-start');
    expect(profiles.recoveries()).toEqual([expect.objectContaining({ file, movedTo: expect.stringContaining('default.corrupt-') as string })]);
  });
});
