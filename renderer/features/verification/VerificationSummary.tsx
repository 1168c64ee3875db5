import { CircleCheck, CircleX } from 'lucide-react';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { stepById } from '../../../shared/checklist/steps/index.ts';
import { checkCatalog, leastPrivilegeCatalog } from '../../../shared/verification/checks.ts';
import type { LeastPrivilege, VerificationReport } from '../../../shared/verification/report.ts';

/** One proof in the summary: whatever the verification checks (the token, each permission, later facts). */
export interface SummaryLine {
  id: string;
  title: string;
  ok: boolean;
  /** What Mimecast answered. */
  message: string;
  /** What the line proves, e.g. the role permission. */
  detail?: string;
  /** For a failure: what to change. */
  hint?: string;
  /** For a failure: the step where it is fixed. */
  fixStep?: StepId;
}

/**
 * Least privilege as one proof, as the CLI counts it: every endpoint the role must not read was refused. A readable
 * endpoint is fixed on the role; an unclear answer (network, 5xx) by running the check again.
 */
function leastPrivilegeLine(result: LeastPrivilege): SummaryLine {
  const label = (id: LeastPrivilege['probes'][number]['id']) => leastPrivilegeCatalog[id].label;
  return {
    id: 'least-privilege',
    title: 'Least privilege',
    ok: result.ok,
    message: result.probes.map((probe) => `${label(probe.id)}: ${probe.message}`).join(' '),
    detail: `The role must not read: ${result.probes.map((probe) => label(probe.id)).join(', ')}.`,
    ...(result.probes.some((probe) => probe.outcome === 'allowed') ? { fixStep: 'create-role' as const } : {}),
  };
}

/** The lines of a report: the token, each permission check (however many the report holds), then least privilege. */
export function summaryLines(report: VerificationReport): SummaryLine[] {
  const token: SummaryLine = { id: 'token', title: 'Access token', ok: report.token.ok, message: report.token.message, detail: 'The Client ID and Client Secret' };
  return [
    token,
    ...report.checks.map((check) => ({
      id: check.id,
      title: (checkCatalog as Partial<Record<string, { label: string }>>)[check.id]?.label ?? check.permission,
      ok: check.ok,
      message: check.message,
      detail: `Role permission: ${check.permission}`,
      ...(check.ok ? {} : { hint: check.hint, ...(check.fixStep ? { fixStep: check.fixStep } : {}) }),
    })),
    ...(report.leastPrivilege ? [leastPrivilegeLine(report.leastPrivilege)] : []),
  ];
}

/**
 * A verification result in as many lines as it has proofs, each one expandable to what Mimecast answered and, for a
 * failure, what to change and where. Used where the full panel would repeat itself (the hand-off step).
 */
export function VerificationSummary({ lines, currentStep, goToStep, label = 'Verification results' }: { lines: SummaryLine[]; currentStep: StepId; goToStep: (id: StepId) => void; label?: string }) {
  return (
    <ul className="verification-summary-lines" aria-label={label}>
      {lines.map((line) => (
        <li key={line.id} className={line.ok ? 'passed' : 'failed'}>
          <details open={!line.ok}>
            <summary>
              {line.ok ? <CircleCheck size={16} aria-hidden /> : <CircleX size={16} aria-hidden />}
              <span className="verification-summary-title">{line.title}</span>
              <span className="verification-summary-state">{line.ok ? 'Passed' : 'Failed'}</span>
            </summary>
            <div className="verification-summary-body">
              {line.detail && <p className="muted">{line.detail}</p>}
              <p>{line.message}</p>
              {line.hint && <p>What to do: {line.hint}</p>}
              {line.fixStep && line.fixStep !== currentStep && (
                <button type="button" onClick={() => goToStep(line.fixStep!)}>
                  Go to the step “{stepById(line.fixStep).title}”
                </button>
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
