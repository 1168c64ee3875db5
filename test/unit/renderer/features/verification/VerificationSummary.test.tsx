import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkCatalog, checkIds, leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../../../shared/verification/checks.ts';
import { summaryLines, VerificationSummary } from '../../../../../renderer/features/verification/VerificationSummary.tsx';
import { overPrivilegedReport as overPrivilegedAt } from '../../../../helpers/handoff-fakes.ts';

const overPrivilegedReport = () => overPrivilegedAt(new Date('2026-12-01T03:00:00.000Z'));

describe('VerificationSummary', () => {
  it('has one line for the token, each permission, and least privilege naming every endpoint the role must not read', () => {
    const lines = summaryLines(overPrivilegedReport());
    expect(lines.map((l) => l.title)).toEqual(['Access token', ...checkIds.map((id) => checkCatalog[id].label), 'Least privilege']);
    const leastPrivilege = lines.at(-1)!;
    for (const id of leastPrivilegeProbeIds) expect(leastPrivilege.detail).toContain(leastPrivilegeCatalog[id].label);
    expect(leastPrivilege.ok).toBe(false);
  });

  it('counts least privilege as passed only when every endpoint was refused', () => {
    const report = overPrivilegedReport();
    const refusedAll = { ok: true, probes: report.leastPrivilege!.probes.map((p) => ({ ...p, refused: true, outcome: 'refused' as const })) };
    const line = summaryLines({ ...report, ok: true, leastPrivilege: refusedAll }).at(-1)!;
    expect(line).toMatchObject({ title: 'Least privilege', ok: true });
    expect(line.fixStep).toBeUndefined();
    // A run whose token failed probed nothing: no least-privilege line to show.
    expect(summaryLines({ ...report, leastPrivilege: null }).map((l) => l.title)).not.toContain('Least privilege');
  });

  it('opens a readable endpoint as a failure that says which and links to the role step, and folds the rest', async () => {
    const goToStep = vi.fn();
    render(<VerificationSummary lines={summaryLines(overPrivilegedReport())} currentStep="handoff" goToStep={goToStep} />);
    const readable = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Least privilege'))!;
    expect(readable.querySelector('details')!.open).toBe(true);
    expect(within(readable).getByText('Failed')).toBeTruthy();
    const first = leastPrivilegeCatalog[leastPrivilegeProbeIds[0]!];
    expect(readable.textContent).toContain(`${first.label}: Readable: clear “${first.permission}”.`);
    await userEvent.setup().click(within(readable).getByRole('button', { name: /Go to the step/ }));
    expect(goToStep).toHaveBeenCalledWith('create-role');
    const passed = screen.getAllByRole('listitem').filter((li) => li.classList.contains('passed'));
    expect(passed).toHaveLength(1 + checkIds.length);
    expect(passed.every((li) => !li.querySelector('details')!.open)).toBe(true);
  });
});
