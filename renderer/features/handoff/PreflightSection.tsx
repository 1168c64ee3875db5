import { useState } from 'react';
import { RefreshCw } from 'lucide-react';
import type { PreflightViewValue } from '../../../shared/handoff/handoff-view.ts';
import type { StepId } from '../../../shared/checklist/step-ids.ts';
import { formatDateTime as when } from '../../lib/time-format.ts';
import { checkCatalog, inWords, LEAST_PRIVILEGE_CHECK } from '../../../shared/verification/checks.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { summaryLines, VerificationSummary } from '../verification/VerificationSummary.tsx';
import '../verification/verification.css';

/** Names the checks the main process found failing (`record.failing`) the way the admin saw them in the panel. */
function failingNames(failing: readonly string[]): string[] {
  return failing.map((id) =>
    id === 'token' ? 'Access token' : id === LEAST_PRIVILEGE_CHECK ? 'Least privilege' : ((checkCatalog as Partial<Record<string, { permission: string }>>)[id]?.permission ?? id),
  );
}

/**
 * The check before anything is handed over: the latest verification (run again when older than an hour). A failing
 * permission holds the hand-off back until the admin explicitly proceeds, which is recorded with time and user.
 */
export function PreflightSection({
  preflight,
  running,
  onRerun,
  onProceed,
  stepId,
  goToStep,
}: {
  preflight: PreflightViewValue | null;
  running: boolean;
  onRerun: () => void;
  onProceed: () => void;
  stepId: StepId;
  goToStep: (id: StepId) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!preflight) return <p role="status">{running ? 'Checking the credentials before the hand-off…' : 'The credentials have not been checked yet.'}</p>;
  const { report, record, blocked } = preflight;
  const failing = failingNames(record.failing);

  return (
    <div className="handoff-preflight">
      <h3 className="visually-hidden">Before you hand over</h3>
      <div className="handoff-preflight-line">
        <p role="status" className={record.ok ? 'handoff-ok' : 'handoff-bad'}>
          {record.ok ? `Verified: the token and all ${inWords(report.checks.length)} permissions work, and the role reads nothing more.` : `Verification failed: ${failing.join('; ')}.`}{' '}
          <span className="muted">
            Checked {when(report.ranAt)}
            {preflight.rerun ? ' (just now)' : ''}.
          </span>
        </p>
        <button type="button" onClick={onRerun} disabled={running}>
          <RefreshCw size={14} aria-hidden /> {running ? 'Verifying…' : 'Verify again'}
        </button>
      </div>
      <VerificationSummary lines={summaryLines(report)} currentStep={stepId} goToStep={goToStep} />
      {blocked && (
        <div className="callout danger" role="alert">
          <p>
            Arctic Wolf would not receive every log with these credentials. Fix the role in the Mimecast console and verify again. If you
            must hand them over now, you can proceed anyway; the report records that you did.
          </p>
          <button type="button" className="danger-fill" onClick={() => setConfirming(true)}>
            Proceed anyway
          </button>
        </div>
      )}
      {record.proceeded && (
        <div className="callout caution">
          <p>
            Proceeding despite the failed verification: recorded {when(record.proceeded.at)} by {record.proceeded.by}.
          </p>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Hand over credentials that failed verification?"
        confirmLabel="Proceed anyway"
        destructive
        onConfirm={() => {
          setConfirming(false);
          onProceed();
        }}
      >
        <p>Failing: {failing.join('; ')}. Arctic Wolf may miss these logs until the role is fixed and the credentials verified again.</p>
      </ConfirmDialog>
    </div>
  );
}
