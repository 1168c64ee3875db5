import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { applyPatch } from '../../../../../shared/checklist/apply-patch.ts';
import { checklistStatus } from '../../../../../shared/checklist/evaluate.ts';
import { emptyProgress, type Progress, type ProgressPatch } from '../../../../../shared/checklist/progress.ts';
import type { StepId } from '../../../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../../../shared/checklist/steps/index.ts';
import { StepView } from '../../../../../renderer/features/checklist/StepView.tsx';
import { installFakeAssistant } from '../../../../helpers/fake-assistant.ts';

const now = new Date('2026-11-25T10:00:00.000Z');

function renderStep(id: StepId, patches: ProgressPatch[] = []) {
  installFakeAssistant({ evidence: { list: () => Promise.resolve({ ok: true as const, value: { items: [] } }) } });
  const progress: Progress = patches.reduce((p, patch) => applyPatch(p, patch, { now }), emptyProgress(now));
  const status = checklistStatus(progress).steps.find((s) => s.id === id)!;
  const onPatch = vi.fn();
  render(
    <StepView
      profileId="default"
      definition={stepById(id)}
      status={status}
      total={8}
      progress={progress}
      previous={undefined}
      next={undefined}
      focusOnShow={false}
      onPatch={onPatch}
      onGoTo={vi.fn()}
      onError={vi.fn()}
    />,
  );
  return { onPatch };
}

describe('StepView', () => {
  it('shows the console path for the chosen menu and sends ticks and choices as patches', async () => {
    const { onPatch } = renderStep('create-role', [{ op: 'choose', choice: 'role-menu', value: 'new-menu' }]);
    expect(screen.getByRole('list', { name: 'Path in the Mimecast Administration Console' }).textContent).toBe('AccountAdmin Roles');
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Tick Monitoring Menu > URL Protection > Read.' }));
    expect(onPatch).toHaveBeenLastCalledWith({ op: 'tick', step: 'create-role', action: 'perm-url', checked: true });
    await user.click(screen.getByLabelText('Classic menu'));
    expect(onPatch).toHaveBeenLastCalledWith({ op: 'choose', choice: 'role-menu', value: 'classic' });
  });

  it('styles notes, cautions and warnings as such, and names their kind in words', () => {
    renderStep('generate-keys');
    const warning = screen.getByRole('note', { name: 'Warning: The Client Secret is shown only once' });
    expect(warning.className).toContain('danger');
    expect(warning.textContent).toMatch(/only time the secret is available/);
    expect(screen.getByRole('note', { name: 'Caution: never capture the Client Secret' })).toBeTruthy();
    // The warning comes before anything else on the step.
    const article = screen.getByRole('article');
    expect(article.querySelector('.callout')).toBe(warning);
  });

  it('shows the screenshot with its caption and alternative text', () => {
    renderStep('notifications', [{ op: 'choose', choice: 'app-console', value: 'api-platform' }]);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('img').getAttribute('src')).toBe('/screens/mimecast-notifications.png');
    expect(within(figure).getByRole('img').getAttribute('alt')).toMatch(/Technical Point of Contact/);
    expect(figure.textContent).toMatch(/Illustration — your console may differ\.$/);
  });

  it('shows only what applies: the IP step without ranges has no path, and a blocked step says why', () => {
    renderStep('admin-ip-ranges', [{ op: 'choose', choice: 'admin-ip-plan', value: 'skip' }]);
    expect(screen.queryByRole('heading', { name: 'Where to go' })).toBeNull();
    expect(screen.getByText('Step done')).toBeTruthy();
  });

  it('explains a blocked step and lists what is still to do', () => {
    renderStep('handoff');
    expect(screen.getByRole('note', { name: 'Blocked' }).textContent).toMatch(/Capture the keys first/);
    expect(screen.getByRole('region', { name: 'Blocked — still to do' }).textContent).toMatch(/Confirm the hand-off to Arctic Wolf/);
  });

  it('summarises a long run of unticked boxes', () => {
    renderStep('create-role');
    const todo = screen.getByRole('region', { name: 'Still to do' });
    expect(within(todo).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Tick the 10 remaining required boxes above.']);
  });
});
