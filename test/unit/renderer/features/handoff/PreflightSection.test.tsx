import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PreflightSection } from '../../../../../renderer/features/handoff/PreflightSection.tsx';
import type { PreflightViewValue } from '../../../../../shared/handoff/handoff-view.ts';
import { overPrivilegedReport as overPrivilegedAt } from '../../../../helpers/handoff-fakes.ts';

const overPrivilegedReport = () => overPrivilegedAt(new Date('2026-12-01T03:00:00.000Z'));

function renderSection(preflight: PreflightViewValue) {
  render(<PreflightSection preflight={preflight} running={false} onRerun={() => {}} onProceed={() => {}} stepId="handoff" goToStep={() => {}} />);
}

const ranAt = '2026-12-01T03:00:00.000Z';

describe('PreflightSection', () => {
  it('names least privilege when the role can read more than it needs (the permissions all pass)', () => {
    renderSection({
      report: overPrivilegedReport(),
      rerun: false,
      record: { checkedAt: ranAt, verificationRanAt: ranAt, ok: false, failing: ['least-privilege'] },
      blocked: true,
    });
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/^Verification failed: Least privilege\. /);
    expect(screen.getByRole('alert').textContent).toMatch(/Proceed anyway/);
  });

  it('says a clean result covers the permissions and least privilege', () => {
    const report = overPrivilegedReport();
    const refused = { ok: true, probes: report.leastPrivilege!.probes.map((p) => ({ ...p, refused: true, outcome: 'refused' as const })) };
    renderSection({
      report: { ...report, ok: true, leastPrivilege: refused },
      rerun: false,
      record: { checkedAt: ranAt, verificationRanAt: ranAt, ok: true, failing: [] },
      blocked: false,
    });
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/^Verified: the token and all \w+ permissions work, and the role reads nothing more\./);
  });
});
