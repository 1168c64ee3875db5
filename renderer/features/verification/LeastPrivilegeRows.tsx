import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../shared/verification/checks.ts';
import type { LeastPrivilege } from '../../../shared/verification/report.ts';
import { ResultRow, type RowStatus } from './ResultRow.tsx';

export interface LeastPrivilegeRowsProps {
  /** The run's least-privilege result; null before a run, or when the token failed. */
  result: LeastPrivilege | null;
  running: boolean;
  tokenFailed: boolean;
  currentStep: StepId;
  goToStep: (id: StepId) => void;
}

/**
 * The endpoints the role must NOT read, one row each: refused is a pass; readable names the permission to clear and
 * links to the role step; no clear answer is a failure that says so.
 */
export function LeastPrivilegeRows({ result, running, tokenFailed, currentStep, goToStep }: LeastPrivilegeRowsProps) {
  return (
    <ul className="verification-rows" aria-label="Least privilege: what the role must not read">
      {leastPrivilegeProbeIds.map((id) => {
        const { label, permission } = leastPrivilegeCatalog[id];
        const probe = result?.probes.find((p) => p.id === id);
        const status: RowStatus = running ? (tokenFailed ? 'skipped' : 'running') : probe ? (probe.refused ? 'passed' : 'failed') : tokenFailed ? 'skipped' : 'idle';
        return (
          <ResultRow
            key={id}
            title={`Must not read: ${label}`}
            detail={`Must not have: ${permission}`}
            status={status}
            message={status === 'skipped' ? 'Needs a token first.' : probe?.message}
            fixStep={probe?.outcome === 'allowed' ? 'create-role' : undefined}
            currentStep={currentStep}
            goToStep={goToStep}
          />
        );
      })}
    </ul>
  );
}
