import { checkCatalog } from '../../../shared/verification/checks.ts';
import { checkIds, type CheckResult, type VerificationReport } from '../../../shared/verification/report.ts';
import { checkResult, tokenFailure, tokenSuccess, withLicenceHint } from './diagnosis.ts';
import { createMimecastClient, type MimecastClientOptions } from './mimecast-client.ts';
import { probeBody } from './probes.ts';

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
 * One verification: a token, then the four probes at once (two round trips in all, however many permissions are
 * checked). The report passes through the redactor before it leaves, so no secret or token can ride along in a
 * message Mimecast echoed back.
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
  if (token.ok) {
    const probeTime = now();
    checks = await Promise.all(
      checkIds.map(async (id) => {
        const outcome = await client.post(checkCatalog[id].endpoint, probeBody(id, probeTime));
        const result = checkResult(id, outcome, baseUrl, now());
        notify({ kind: 'check', result });
        return result;
      }),
    );
    checks = withLicenceHint(checks);
  }

  return redactor.redactDeep({
    ok: tokenRow.ok && checks.every((c) => c.ok),
    baseUrl,
    token: tokenRow,
    checks,
    durationMs: Math.max(0, Math.round(now().getTime() - started.getTime())),
    ranAt: started.toISOString(),
  });
}
