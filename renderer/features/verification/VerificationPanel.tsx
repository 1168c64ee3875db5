import { useId } from 'react';
import { ShieldCheck } from 'lucide-react';
import { formatDateTime } from '../../lib/time-format.ts';
import { checkCatalog, checkIds, permissionCount, tokenFixStep } from '../../../shared/verification/checks.ts';
import type { CheckResult, VerificationReport } from '../../../shared/verification/report.ts';
import type { WidgetProps } from '../widget-props.ts';
import { isNetworkFaultCode } from '../../../shared/net/network-faults.ts';
import { NetworkSection } from '../network/NetworkSection.tsx';
import { eventsText } from './events-text.ts';
import { GatewayPicker } from './GatewayPicker.tsx';
import { LeastPrivilegeRows } from './LeastPrivilegeRows.tsx';
import { QuietLogWarnings } from './QuietLogWarnings.tsx';
import { ResultRow, type RowStatus } from './ResultRow.tsx';
import { useVerification, type LiveRun } from './use-verification.ts';
import './verification.css';
import { useHoldRestart } from '../../lib/restart-holds.ts';

type TokenResult = VerificationReport['token'];

interface Rows {
  token: { status: RowStatus; result?: TokenResult };
  checks: Array<{ id: (typeof checkIds)[number]; status: RowStatus; result?: CheckResult }>;
}

const statusOf = (result: { ok: boolean } | undefined, fallback: RowStatus): RowStatus => (result ? (result.ok ? 'passed' : 'failed') : fallback);

/** What each row shows: the run under way when there is one, else the last saved report, else nothing yet. */
function rowsFor(live: LiveRun | null, latest: VerificationReport | null): Rows {
  if (live) {
    const tokenFailed = live.token?.ok === false;
    return {
      token: { status: statusOf(live.token, 'running'), result: live.token },
      checks: checkIds.map((id) => ({ id, status: statusOf(live.checks[id], tokenFailed ? 'skipped' : 'running'), result: live.checks[id] })),
    };
  }
  if (latest) {
    return {
      token: { status: statusOf(latest.token, 'idle'), result: latest.token },
      checks: checkIds.map((id) => {
        const result = latest.checks.find((c) => c.id === id);
        return { id, status: statusOf(result, 'skipped'), result };
      }),
    };
  }
  return { token: { status: 'idle' }, checks: checkIds.map((id) => ({ id, status: 'idle' })) };
}

function summary(report: VerificationReport): string {
  if (report.ok) return `All good: Mimecast issued a token, all ${permissionCount} permissions work, and the role can read nothing more.`;
  if (!report.token.ok) return 'Mimecast did not issue a token, so the permissions were not checked.';
  const failed = report.checks.filter((c) => !c.ok).length;
  if (failed === 0) {
    return report.leastPrivilege?.probes.some((p) => p.outcome === 'allowed')
      ? 'The permissions work, but the role can read more than Arctic Wolf needs: clear the permissions named below.'
      : 'The permissions work, but least privilege could not be proved: run the check again.';
  }
  return `${failed} of ${report.checks.length} permission checks failed. Fix them in the console, then run the check again.`;
}

/**
 * Proves the stored keys work before anything is handed over: a token, then each of the permissions, every row
 * with its own spinner and result, and for a failure the console setting to change and a link to the step for it.
 */
export function VerificationPanel({ profileId, stepId, goToStep }: WidgetProps) {
  const { state, error, live, running, saveGateway, run } = useVerification(profileId);
  useHoldRestart(running);
  const titleId = useId();

  if (!state) {
    return error ? (
      <p className="field-error" role="alert">
        {error.message}
      </p>
    ) : (
      <p role="status">Loading the last verification…</p>
    );
  }

  const latest = state.latest;
  const rows = rowsFor(live, latest);
  // A failure on the way to Mimecast (proxy, certificate, name lookup) is fixed in the Network settings below.
  const networkFailure = !running && latest !== null && [latest.token, ...latest.checks].some((r) => !r.ok && isNetworkFaultCode(r.code));
  const status = running ? `Verifying against ${state.baseUrl}…` : latest ? summary(latest) : '';

  return (
    <section className="verification-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Verify the keys</h2>
      {/* What the check does matters before it has passed; after that, the result is what the admin reads. */}
      <p className="muted" hidden={latest?.ok && !running}>
        The assistant asks Mimecast for a token with the stored keys, then reads the last 24 hours of each of the{' '}
        {permissionCount} logs Arctic Wolf needs, and tries endpoints the role must not be able to read. Only reads: nothing is changed in
        your account.
      </p>

      {/* Once the keys have passed against a gateway, the picker folds to one line: it is rarely changed again. */}
      <details className="verification-gateway-box" open={!latest?.ok || undefined}>
        <summary>
          Mimecast API gateway: <code>{state.baseUrl}</code>
        </summary>
        <GatewayPicker key={profileId} saved={state.gateway} disabled={running} onSave={saveGateway} />
      </details>

      <div className="row">
        <button type="button" className="primary" disabled={running} onClick={() => void run()}>
          <ShieldCheck size={16} aria-hidden /> {running ? 'Verifying…' : latest ? 'Run the check again' : 'Verify the keys'}
        </button>
        {latest && !running && (
          <span className="muted verification-last-run">
            Last run {formatDateTime(latest.ranAt)}
            {/* The gateway line above names the address; the run names its own only when the setting has changed since. */}
            {latest.baseUrl !== state.baseUrl && (
              <>
                {' '}
                against <code>{latest.baseUrl}</code>
              </>
            )}{' '}
            ({latest.durationMs} ms)
          </span>
        )}
      </div>

      {state.keysReplacedSince && latest && !running && (
        <div className="callout caution" role="note">
          <p>The keys were replaced after this result. Run the check again to verify the keys stored now.</p>
        </div>
      )}

      {error && (
        <div className="callout danger" role="alert">
          <p>{error.message}</p>
          {error.code === 'no-credentials' && stepId !== 'capture-keys' && (
            <button type="button" onClick={() => goToStep('capture-keys')}>
              Go to the step that stores the keys
            </button>
          )}
        </div>
      )}

      <p role="status" className={`verification-summary ${latest && !running ? (latest.ok ? 'ok' : 'failed') : ''}`}>
        {status}
      </p>

      {networkFailure && (
        <div className="callout caution" role="note">
          <p>
            This failed on the way to Mimecast, not in your Mimecast account. If this computer reaches the internet through
            a company proxy, or the proxy inspects HTTPS, set the proxy or the company root certificate in the Network
            settings below, then run the check again.
          </p>
        </div>
      )}

      <ul className="verification-rows" aria-label="Verification results">
        <ResultRow
          title="Access token"
          detail="The Client ID and Client Secret"
          status={rows.token.status}
          message={rows.token.result?.message}
          fixStep={rows.token.result && !rows.token.result.ok ? tokenFixStep : undefined}
          currentStep={stepId}
          goToStep={goToStep}
        />
        {rows.checks.map(({ id, status: rowStatus, result }) => (
          <ResultRow
            key={id}
            title={checkCatalog[id].label}
            detail={`Role permission: ${checkCatalog[id].permission}`}
            status={rowStatus}
            message={rowStatus === 'skipped' ? 'Needs a token first.' : result?.message}
            note={result?.events ? eventsText(checkCatalog[id].label, result.events) : undefined}
            hint={result?.hint}
            fixStep={result?.fixStep}
            currentStep={stepId}
            goToStep={goToStep}
          />
        ))}
      </ul>

      {!live && latest && <QuietLogWarnings warnings={latest.warnings} />}

      <h3 className="verification-subhead">Least privilege</h3>
      <LeastPrivilegeRows
        result={live ? null : (latest?.leastPrivilege ?? null)}
        running={running}
        tokenFailed={live ? live.token?.ok === false : latest ? !latest.token.ok : false}
        currentStep={stepId}
        goToStep={goToStep}
      />

      <NetworkSection key={networkFailure ? 'open' : 'closed'} defaultOpen={networkFailure} />
    </section>
  );
}
