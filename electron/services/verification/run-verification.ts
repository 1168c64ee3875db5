import { checkCatalog, checkIds, leastPrivilegeCatalog, leastPrivilegeProbeIds } from '../../../shared/verification/checks.ts';
import { type CheckResult, type LeastPrivilege, type VerificationReport } from '../../../shared/verification/report.ts';
import { checkResult, tokenFailure, tokenSuccess } from './diagnosis.ts';
import { leastPrivilegeResult } from './least-privilege.ts';
import { diagnoseRefusal, withTtpLicenceHint } from './licence-diagnosis.ts';
import { createMimecastClient, type MimecastClientOptions } from '../mimecast/mimecast-client.ts';
import { EVENTS_WINDOW_MS, probeBody, readRecentEvents } from './probes.ts';
import { verificationWarnings } from './verification-warnings.ts';

export type RunProgress = { kind: 'token'; result: VerificationReport['token'] } | { kind: 'check'; result: CheckResult };

export interface RunVerificationOptions extends Omit<MimecastClientOptions, 'deadlineAt'> {
  onProgress?: (progress: RunProgress) => void;
  /** The whole run's time, retries included (default `VERIFY_DEADLINE_MS`). */
  runDeadlineMs?: number;
}

/**
 * One verification ends within 45 seconds whatever the servers do: every request and retry must be done by this
 * many milliseconds after the start (the margin is for the last answer's handling).
 */
export const VERIFY_DEADLINE_MS = 42_000;

/**
 * One verification: a token, then — all at once — the log probes (each also counting its log's recent records)
 * and the least-privilege probes (endpoints the role must not read). Two round trips in all, however many probes.
 * The report passes through the redactor before it leaves, so no secret or token can ride along in a message
 * Mimecast echoed back.
 */
export async function runVerification(options: RunVerificationOptions): Promise<VerificationReport> {
  const { baseUrl, redactor } = options;
  const now = options.now ?? (() => new Date());
  const notify = (progress: RunProgress): void => options.onProgress?.(redactor.redactDeep(progress));
  const started = now();
  // A client of its own per run: a verification must prove the keys, so it never reuses an earlier run's token.
  const client = createMimecastClient({ ...options, deadlineAt: started.getTime() + (options.runDeadlineMs ?? VERIFY_DEADLINE_MS) });

  const token = await client.token();
  const tokenRow = token.ok ? tokenSuccess : tokenFailure(token.outcome, baseUrl, now());
  notify({ kind: 'token', result: tokenRow });

  let checks: CheckResult[] = [];
  let leastPrivilege: LeastPrivilege | null = null;
  if (token.ok) {
    const probeTime = now();
    const since = new Date(probeTime.getTime() - EVENTS_WINDOW_MS);
    const logProbes = Promise.all(
      checkIds.map(async (id) => {
        const outcome = await client.post(checkCatalog[id].endpoint, probeBody(checkCatalog[id], probeTime));
        let result = diagnoseRefusal(checkResult(id, outcome, baseUrl, now()), outcome);
        if (result.ok && outcome.kind === 'response') result = { ...result, events: readRecentEvents(id, outcome.body, since) ?? null };
        notify({ kind: 'check', result });
        return result;
      }),
    );
    const refusalProbes = Promise.all(
      leastPrivilegeProbeIds.map(async (id) => leastPrivilegeResult(id, await client.post(leastPrivilegeCatalog[id].endpoint, probeBody(leastPrivilegeCatalog[id], probeTime)))),
    );
    const [logs, probes] = await Promise.all([logProbes, refusalProbes]);
    checks = withTtpLicenceHint(logs);
    leastPrivilege = { ok: probes.every((p) => p.refused), probes };
  }

  const redacted = redactor.redactDeep({
    ok: tokenRow.ok && checks.every((c) => c.ok) && leastPrivilege?.ok === true,
    baseUrl,
    token: tokenRow,
    checks,
    leastPrivilege,
    warnings: verificationWarnings(checks, leastPrivilege),
    durationMs: Math.max(0, Math.round(now().getTime() - started.getTime())),
    ranAt: started.toISOString(),
  });
  // What the product itself reports — the gateway it called, each probe's id, endpoint and permission — is ours, not a
  // server's: redaction never rewrites it (it is stored, shown and sent on to the intake as the gateway).
  return {
    ...redacted,
    baseUrl,
    checks: redacted.checks.map((check, i) => ({ ...check, ...ownFields(checks[i]!) })),
    leastPrivilege: redacted.leastPrivilege && leastPrivilege && {
      ...redacted.leastPrivilege,
      probes: redacted.leastPrivilege.probes.map((probe, i) => ({ ...probe, ...ownFields(leastPrivilege.probes[i]!) })),
    },
  };
}

const ownFields = <Id extends string>({ id, endpoint, permission }: { id: Id; endpoint: string; permission: string }) => ({ id, endpoint, permission });
