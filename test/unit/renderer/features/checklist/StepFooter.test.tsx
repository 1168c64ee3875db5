import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyPatch } from '../../../../../shared/checklist/apply-patch.ts';
import { checklistStatus, MISSING_TICK_PREFIX } from '../../../../../shared/checklist/evaluate.ts';
import { emptyProgress, type Progress, type ProgressPatch } from '../../../../../shared/checklist/progress.ts';
import type { StepId } from '../../../../../shared/checklist/step-ids.ts';
import { StepFooter } from '../../../../../renderer/features/checklist/StepFooter.tsx';

const now = new Date('2026-11-25T10:00:00.000Z');

function renderFooter(id: StepId, patches: ProgressPatch[] = [], neighbours: { previous?: StepId; next?: StepId } = {}) {
  const progress: Progress = patches.reduce((p, patch) => applyPatch(p, patch, { now }), emptyProgress(now));
  const all = checklistStatus(progress);
  const onGoTo = vi.fn();
  render(
    <StepFooter
      status={all.steps.find((s) => s.id === id)!}
      confirmedAt={progress.steps[id]?.completedAt}
      allDone={all.allDone}
      previous={neighbours.previous}
      next={neighbours.next}
      onGoTo={onGoTo}
    />,
  );
  return { onGoTo, status: all.steps.find((s) => s.id === id)! };
}

describe('StepFooter', () => {
  it('says the step is done and when, in local time with its zone', () => {
    renderFooter('admin-ip-ranges', [{ op: 'choose', choice: 'admin-ip-plan', value: 'skip' }]);
    const done = screen.getByRole('status');
    expect(done.textContent).toMatch(/^Step done · confirmed /);
    expect(done.textContent).not.toContain('2026-11-25T');
  });

  it('says what a blocked step waits for, and Next is described by it', () => {
    renderFooter('handoff', [], { previous: 'admin-ip-ranges' });
    const waiting = screen.getByRole('region', { name: 'Blocked — waiting for' });
    expect(waiting.textContent).toMatch(/Capture the keys first/);
    expect(screen.getByRole('button', { name: /^Back: Admin IP Ranges/ })).toBeTruthy();
  });

  it('summarises a long run of unticked boxes and lists the rest on demand', async () => {
    const { onGoTo, status } = renderFooter('create-role', [], { next: 'create-application' });
    // The role step's boxes follow the probe catalogue (one per permission), so the count is read, not restated.
    const ticks = status.missing.filter((m) => m.startsWith(MISSING_TICK_PREFIX)).length;
    expect(ticks).toBeGreaterThan(2);
    const waiting = screen.getByRole('region', { name: 'Waiting for' });
    expect(waiting.querySelector('p')?.textContent).toBe(`Waiting for: Tick the ${ticks} remaining required boxes.`);
    const next = screen.getByRole('button', { name: /^Next: Create the application/ });
    expect(next.getAttribute('aria-describedby')).toBe(waiting.id);
    await userEvent.setup().click(next);
    expect(onGoTo).toHaveBeenCalledWith('create-application');
  });

  it('keeps the first missing item in view and the others one click away', async () => {
    renderFooter('before-you-start');
    const waiting = screen.getByRole('region', { name: 'Waiting for' });
    const more = within(waiting).getByRole('button', { name: 'and 2 more' });
    expect(within(waiting).getByRole('list', { hidden: true }).hidden).toBe(true);
    await userEvent.setup().click(more);
    expect(within(waiting).getByRole('list').hidden).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });
});
