import { describe, expect, it } from 'vitest';
import { applyPatch, UNKNOWN_ITEM } from '../../../../shared/checklist/apply-patch.ts';
import { emptyProgress, progressSchema } from '../../../../shared/checklist/progress.ts';

const t0 = new Date('2026-11-25T10:00:00.000Z');
const t1 = new Date('2026-11-25T10:05:00.000Z');

describe('applyPatch', () => {
  it('records when each box was ticked and keeps the first time on a repeat', () => {
    const once = applyPatch(emptyProgress(t0), { op: 'tick', step: 'create-role', action: 'new-role', checked: true }, { now: t0 });
    const twice = applyPatch(once, { op: 'tick', step: 'create-role', action: 'new-role', checked: true }, { now: t1 });
    expect(twice.steps['create-role']?.ticks['new-role']).toEqual({ at: t0.toISOString() });
    expect(twice.updatedAt).toBe(t1.toISOString());
    const unticked = applyPatch(twice, { op: 'tick', step: 'create-role', action: 'new-role', checked: false }, { now: t1 });
    expect(unticked.steps['create-role']?.ticks).toEqual({});
    expect(progressSchema.parse(unticked)).toEqual(unticked);
  });

  it('does not change its input', () => {
    const before = emptyProgress(t0);
    const copy = structuredClone(before);
    applyPatch(before, { op: 'goTo', step: 'notifications' }, { now: t1 });
    expect(before).toEqual(copy);
  });

  it('stamps a step complete ("confirmed at", by whom) and removes the stamp when it is no longer complete', () => {
    let p = applyPatch(emptyProgress(t0), { op: 'choose', choice: 'admin-ip-plan', value: 'skip' }, { now: t0, actor: 'sam' });
    expect(p.steps['admin-ip-ranges']).toMatchObject({ completedAt: t0.toISOString(), completedBy: 'sam' });
    p = applyPatch(p, { op: 'goTo', step: 'handoff' }, { now: t1, actor: 'kim' });
    expect(p.steps['admin-ip-ranges']).toMatchObject({ completedAt: t0.toISOString(), completedBy: 'sam' });
    p = applyPatch(p, { op: 'choose', choice: 'admin-ip-plan', value: 'set' }, { now: t1 });
    expect(p.steps['admin-ip-ranges']?.completedAt).toBeUndefined();
    expect(p.steps['admin-ip-ranges']?.completedBy).toBeUndefined();
  });

  it('records the first visit of a step and the current step', () => {
    let p = applyPatch(emptyProgress(t0), { op: 'goTo', step: 'notifications' }, { now: t0 });
    p = applyPatch(p, { op: 'goTo', step: 'create-role' }, { now: t1 });
    p = applyPatch(p, { op: 'goTo', step: 'notifications' }, { now: t1 });
    expect(p.currentStep).toBe('notifications');
    expect(p.steps.notifications?.firstVisitedAt).toBe(t0.toISOString());
  });

  it('records a gate with its reason and time, and keeps the time when nothing changed', () => {
    let p = applyPatch(emptyProgress(t0), { op: 'gate', widget: 'ip-ranges-check', satisfied: false, reason: 'Only Arctic Wolf ranges.' }, { now: t0 });
    p = applyPatch(p, { op: 'gate', widget: 'ip-ranges-check', satisfied: false, reason: 'Only Arctic Wolf ranges.' }, { now: t1 });
    expect(p.gates['ip-ranges-check']).toEqual({ satisfied: false, reason: 'Only Arctic Wolf ranges.', at: t0.toISOString() });
    p = applyPatch(p, { op: 'gate', widget: 'ip-ranges-check', satisfied: true, reason: '  ' }, { now: t1 });
    expect(p.gates['ip-ranges-check']).toEqual({ satisfied: true, at: t1.toISOString() });
  });

  it.each([
    [{ op: 'tick', step: 'create-role', action: 'no-such-box', checked: true }],
    [{ op: 'tick', step: 'notifications', action: 'perm-url', checked: true }],
    [{ op: 'choose', choice: 'no-such-question', value: 'x' }],
    [{ op: 'choose', choice: 'deployment', value: 'sideways' }],
    [{ op: 'input', step: 'create-role', input: 'contact-email', value: 'a@b.example' }],
  ] as const)('refuses a patch naming something the checklist does not have: %j', (patch) => {
    expect(() => applyPatch(emptyProgress(t0), patch, { now: t0 })).toThrow(expect.objectContaining({ code: UNKNOWN_ITEM, message: expect.stringMatching(/progress is saved/) as string }));
  });

  it('refuses an input longer than its field allows', () => {
    expect(() => applyPatch(emptyProgress(t0), { op: 'input', step: 'notifications', input: 'contact-name', value: 'x'.repeat(121) }, { now: t0 })).toThrow(/120 characters/);
  });
});
