import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../../shared/checklist/apply-patch.ts';
import {
  checklistStatus,
  currentStepId,
  evaluateStep,
  inputProblem,
  neighbourStep,
  resolveStep,
  visibleSteps,
} from '../../../../shared/checklist/evaluate.ts';
import { emptyProgress, type Progress, type ProgressChange } from '../../../../shared/checklist/progress.ts';
import type { StepId } from '../../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../../shared/checklist/steps/index.ts';

const now = new Date('2026-11-25T10:00:00.000Z');
const apply = (progress: Progress, ...patches: ProgressChange[]): Progress => patches.reduce((p, patch) => applyPatch(p, patch, { now }), progress);
const tickAll = (progress: Progress, step: StepId): Progress =>
  apply(progress, ...resolveStep(stepById(step), progress).actions.filter((a) => a.required).map((a): ProgressChange => ({ op: 'tick', step, action: a.id, checked: true })));

describe('visibility', () => {
  it('shows the API 1.0 removal step for migrations only', () => {
    const fresh = emptyProgress(now);
    expect(visibleSteps(fresh).map((s) => s.id)).not.toContain('remove-api-1');
    const migration = apply(fresh, { op: 'choose', choice: 'deployment', value: 'migration' });
    expect(visibleSteps(migration).map((s) => s.id).at(-1)).toBe('remove-api-1');
    expect(checklistStatus(migration).total).toBe(9);
    expect(checklistStatus(fresh).total).toBe(8);
  });

  it('shows the console path of the chosen menu generation, with the default before any choice', () => {
    const fresh = emptyProgress(now);
    expect(resolveStep(stepById('create-role'), fresh).consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Administration > Account > Roles']);
    const newMenu = apply(fresh, { op: 'choose', choice: 'role-menu', value: 'new-menu' });
    expect(resolveStep(stepById('create-role'), newMenu).consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Account > Admin Roles']);
    // The application path combines both choices.
    expect(resolveStep(stepById('create-application'), newMenu).consolePaths[0]!.segments[0]).toBe('Integrations');
    const hub = apply(newMenu, { op: 'choose', choice: 'app-console', value: 'integrations-hub' });
    const resolved = resolveStep(stepById('create-application'), hub);
    expect(resolved.consolePaths.map((p) => p.segments.join(' > '))).toEqual(['Integrations > Integrations Hub > Mimecast API 2.0 > Configure New']);
    expect(resolved.actions.map((a) => a.id)).toContain('open-configure-new');
    expect(resolved.actions.map((a) => a.id)).not.toContain('open-generate-keys');
    expect(resolved.screenshots.map((s) => s.name)).toEqual(['mimecast-integrations-hub', 'mimecast-hub-details']);
  });

  it('falls back to the last applicable step when the current one stops applying', () => {
    let p = apply(emptyProgress(now), { op: 'choose', choice: 'deployment', value: 'migration' }, { op: 'goTo', step: 'remove-api-1' });
    expect(currentStepId(p)).toBe('remove-api-1');
    p = apply(p, { op: 'choose', choice: 'deployment', value: 'new' });
    expect(currentStepId(p)).toBe('handoff');
    expect(neighbourStep(p, 'handoff', 1)).toBeUndefined();
    expect(neighbourStep(p, 'before-you-start', -1)).toBeUndefined();
    expect(neighbourStep(p, 'create-role', 1)).toBe('create-application');
  });
});

describe('completion', () => {
  it('needs every required sub-action ticked, not the optional ones', () => {
    let p = emptyProgress(now);
    expect(evaluateStep(stepById('create-role'), p).complete).toBe(false);
    p = tickAll(p, 'create-role');
    expect(evaluateStep(stepById('create-role'), p)).toMatchObject({ complete: true, missing: [] });
    p = apply(p, { op: 'tick', step: 'create-role', action: 'perm-url', checked: false });
    expect(evaluateStep(stepById('create-role'), p).missing).toEqual(['Tick: Tick Monitoring Menu > URL Protection > Read.']);
  });

  it('needs an explicit answer to a required choice, even when a default is shown', () => {
    let p = tickAll(emptyProgress(now), 'before-you-start');
    expect(evaluateStep(stepById('before-you-start'), p).missing).toEqual([expect.stringMatching(/^Answer: Is this a new/)]);
    p = apply(p, { op: 'choose', choice: 'deployment', value: 'new' });
    expect(evaluateStep(stepById('before-you-start'), p).complete).toBe(true);
  });

  it('needs valid inputs: the contact and an email of the right form', () => {
    let p = tickAll(emptyProgress(now), 'notifications');
    expect(evaluateStep(stepById('notifications'), p).missing).toEqual(['Enter the Technical Point of Contact.', 'Enter the Email.']);
    p = apply(p, { op: 'input', step: 'notifications', input: 'contact-name', value: 'Sam Admin' }, { op: 'input', step: 'notifications', input: 'contact-email', value: 'sam@' });
    expect(evaluateStep(stepById('notifications'), p).missing).toEqual([expect.stringMatching(/is not an email address/)]);
    p = apply(p, { op: 'input', step: 'notifications', input: 'contact-email', value: ' secops@contoso.example ' });
    expect(evaluateStep(stepById('notifications'), p).complete).toBe(true);
  });

  it('waits for a gating widget and shows its reason', () => {
    let p = tickAll(emptyProgress(now), 'capture-keys');
    expect(evaluateStep(stepById('capture-keys'), p).missing).toEqual(['Store the Client ID and Client Secret.', 'Verify the keys.']);
    p = apply(p, { op: 'gate', widget: 'credentials-capture', satisfied: false, reason: 'Paste the Client Secret.' });
    expect(evaluateStep(stepById('capture-keys'), p).missing[0]).toBe('Store the Client ID and Client Secret: Paste the Client Secret.');
    p = apply(p, { op: 'gate', widget: 'credentials-capture', satisfied: true });
    // A failed check is never beside "Step done": the capture step waits for the keys to be proven.
    p = apply(p, { op: 'gate', widget: 'verification', satisfied: false, reason: 'URL Protection: 403' });
    expect(evaluateStep(stepById('capture-keys'), p)).toMatchObject({ complete: false, missing: ['Verify the keys: URL Protection: 403'] });
    p = apply(p, { op: 'gate', widget: 'verification', satisfied: true });
    expect(evaluateStep(stepById('capture-keys'), p).complete).toBe(true);
  });

  it('completes the optional IP step by skipping it, or by setting ranges once the check passes', () => {
    let p = emptyProgress(now);
    expect(evaluateStep(stepById('admin-ip-ranges'), p).complete).toBe(false);
    const skipped = apply(p, { op: 'choose', choice: 'admin-ip-plan', value: 'skip' });
    expect(evaluateStep(stepById('admin-ip-ranges'), skipped).complete).toBe(true);
    p = tickAll(apply(p, { op: 'choose', choice: 'admin-ip-plan', value: 'set' }), 'admin-ip-ranges');
    expect(evaluateStep(stepById('admin-ip-ranges'), p).complete).toBe(false);
    p = apply(p, { op: 'gate', widget: 'ip-ranges-check', satisfied: true });
    expect(evaluateStep(stepById('admin-ip-ranges'), p).complete).toBe(true);
  });

  it('blocks the hand-off until the keys are stored, and the API 1.0 removal until the hand-off is confirmed', () => {
    let p = apply(emptyProgress(now), { op: 'choose', choice: 'deployment', value: 'migration' });
    const handoff = () => checklistStatus(p).steps.find((s) => s.id === 'handoff')!;
    const removal = () => checklistStatus(p).steps.find((s) => s.id === 'remove-api-1')!;
    expect(handoff()).toMatchObject({ state: 'blocked', blocked: true, blockedReason: expect.stringMatching(/Capture the keys first/) as string });
    expect(removal()).toMatchObject({ state: 'blocked' });
    p = apply(p, { op: 'gate', widget: 'credentials-capture', satisfied: true });
    expect(handoff()).toMatchObject({ state: 'todo', blocked: false });
    p = tickAll(apply(p, { op: 'gate', widget: 'handoff', satisfied: true }), 'remove-api-1');
    expect(handoff()).toMatchObject({ state: 'done', complete: true });
    expect(removal()).toMatchObject({ state: 'done', complete: true });
  });
});

describe('the step list', () => {
  it('marks the current step current, completed ones done, and counts progress', () => {
    let p = tickAll(emptyProgress(now), 'create-role');
    p = apply(p, { op: 'goTo', step: 'create-application' });
    const status = checklistStatus(p);
    expect(status.steps.slice(0, 3).map((s) => [s.id, s.number, s.state])).toEqual([
      ['before-you-start', 1, 'todo'],
      ['create-role', 2, 'done'],
      ['create-application', 3, 'current'],
    ]);
    expect(status).toMatchObject({ done: 1, total: 8, percent: 13, allDone: false });
  });
});

describe('inputProblem', () => {
  const email = stepById('notifications').inputs.find((i) => i.kind === 'email')!;
  it.each(['soc@contoso.example', 'first.last+aw@mail.contoso.co.uk'])('accepts %s', (value) => {
    expect(inputProblem(email, value)).toBeUndefined();
  });
  it.each(['soc', 'soc@contoso', '@contoso.example', 'soc @contoso.example', 'a@b@c.example'])('rejects %s', (value) => {
    expect(inputProblem(email, value)).toMatch(/not an email address/);
  });
});
