import { render, screen } from '@testing-library/react';
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

function renderStep(id: StepId, patches: ProgressPatch[] = [], gates: Progress['gates'] = {}) {
  installFakeAssistant({ evidence: { list: () => Promise.resolve({ ok: true as const, value: { items: [] } }) } });
  // Gates come from the main process (no patch sets them), so a test states them as main would report them.
  const progress: Progress = { ...patches.reduce((p, patch) => applyPatch(p, patch, { now }), emptyProgress(now)), gates };
  const status = checklistStatus(progress).steps.find((s) => s.id === id)!;
  const onPatch = vi.fn();
  render(
    <StepView
      profileId="default"
      definition={stepById(id)}
      status={status}
      total={8}
      progress={progress}
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

  it('leads with the instructions, then the pictures, then the background on one line with More', async () => {
    renderStep('notifications');
    const article = screen.getByRole('article');
    const order = [...article.querySelectorAll('.sub-actions, .step-pictures, .background')].map((el) => el.className);
    expect(order).toEqual(['sub-actions', 'step-section step-pictures', 'step-section background ']);
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('note', { name: 'Note: The address must exist in Mimecast', hidden: true }).closest('[hidden]')).toBeTruthy();
    await userEvent.setup().click(more);
    expect(screen.getByRole('note', { name: 'Note: The address must exist in Mimecast' }).closest('[hidden]')).toBeNull();
  });

  it('shows each picture as a thumbnail in both themes, numbered as the instructions refer to it', () => {
    renderStep('notifications', [{ op: 'choose', choice: 'app-console', value: 'api-platform' }]);
    const thumb = screen.getByRole('button', { name: /^Enlarge\s+Picture 1\s*Notifications: the technical contact/ });
    expect(thumb.querySelector('img')?.getAttribute('src')).toBe('/screens/mimecast-notifications.png');
    expect(thumb.querySelector('source')?.getAttribute('srcset')).toBe('/screens/mimecast-notifications.dark.png');
    expect(thumb.querySelector('source')?.getAttribute('media')).toBe('(prefers-color-scheme: dark)');
    const email = screen.getByRole('checkbox', { name: /^Enter the Email\./ }).closest('li')!;
    expect(email.querySelector('.badge-ref')?.textContent).toBe('2');
    expect(email.textContent).toContain('(marked 2 in the picture)');
  });

  it('names the picture beside a badge when the step has several', () => {
    renderStep('create-role');
    const save = screen.getByRole('checkbox', { name: /^Click Save and Exit\./ }).closest('li')!;
    expect(save.textContent).toContain('(marked 2 in Picture 2)');
  });

  it('shows only what applies: the IP step without ranges has no path', () => {
    renderStep('admin-ip-ranges', [{ op: 'choose', choice: 'admin-ip-plan', value: 'skip' }]);
    expect(screen.queryByRole('heading', { name: 'Where to go' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Enlarge/ })).toBeNull();
  });

  it('explains a blocked step at the top', () => {
    renderStep('handoff');
    expect(screen.getByRole('note', { name: 'Blocked' }).textContent).toMatch(/Capture the keys first/);
  });

  it('says nothing under a widget whose gate is open: the step state is said once, in the footer', () => {
    renderStep('admin-ip-ranges', [{ op: 'choose', choice: 'admin-ip-plan', value: 'set' }], {
      'ip-ranges-check': { satisfied: true, reason: 'Checked: 2 admin ranges, none only Arctic Wolf.', at: now.toISOString() },
    });
    expect(screen.getByRole('article').textContent).not.toMatch(/Confirmed/);
  });

  it('puts the widget that completes the step before the instructions', () => {
    renderStep('capture-keys');
    const article = screen.getByRole('article');
    const widget = article.querySelector('[data-widget="credentials-capture"]')!;
    const list = article.querySelector('.sub-actions')!;
    expect(widget.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
