import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ResultRow, type ResultRowProps } from '../../../../../renderer/features/verification/ResultRow.tsx';

const base: ResultRowProps = {
  title: 'Audit events',
  detail: 'Role permission: Account > Logs > Read',
  message: 'Read 1 record.',
  note: 'Audit events: 42 in the last 24 hours',
  hint: 'Tick Account > Logs > Read on the role.',
  fixStep: 'create-role',
  status: 'passed',
  currentStep: 'capture-keys',
  goToStep: () => {},
};

describe('ResultRow', () => {
  it('folds a passed row to one line whose answer opens on request', async () => {
    render(<ul><ResultRow {...base} /></ul>);
    const item = screen.getByRole('listitem');
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(item).getByText('Passed')).toBeTruthy();
    // A pass needs no fix: neither what to do nor the link to another step.
    expect(item.textContent).not.toMatch(/What to do/);
    expect(within(item).queryByRole('button')).toBeNull();

    await userEvent.setup().click(item.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect(within(item).getByText('Audit events: 42 in the last 24 hours')).toBeTruthy();
  });

  it('shows a failed row whole: the answer, what to do, and the step where it is fixed', async () => {
    const goToStep = vi.fn();
    render(<ul><ResultRow {...base} status="failed" goToStep={goToStep} /></ul>);
    const item = screen.getByRole('listitem');
    expect(item.querySelector('details')).toBeNull();
    expect(within(item).getByText('Read 1 record.')).toBeTruthy();
    expect(within(item).getByText('What to do: Tick Account > Logs > Read on the role.')).toBeTruthy();
    await userEvent.setup().click(within(item).getByRole('button', { name: /Go to the step/ }));
    expect(goToStep).toHaveBeenCalledWith('create-role');
  });
});
