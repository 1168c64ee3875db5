import { AppError } from '../../../shared/errors.ts';
import type { PreflightRecord } from '../../../shared/handoff/handoff-data.ts';
import { failedChecks, type VerificationReport } from '../../../shared/verification/report.ts';
import type { HandoffRecord } from './handoff-record.ts';
import type { VerificationPort } from './ports.ts';
import { permissionCount } from '../../../shared/verification/checks.ts';

/** A verification older than this is run again before the credentials are handed over. */
const PREFLIGHT_MAX_AGE_MS = 60 * 60 * 1000;

export interface PreflightView {
  report: VerificationReport;
  /** True when this call ran verification again (none yet, older than an hour, or asked for). */
  rerun: boolean;
  record: PreflightRecord;
  /** Submission is held back: a check failed and the admin has not chosen to proceed anyway. */
  blocked: boolean;
}

export interface PreflightDeps {
  record: HandoffRecord;
  verification: VerificationPort;
  now: () => Date;
  whoami: () => string;
}

export function createPreflight({ record, verification, now, whoami }: PreflightDeps) {
  return {
    async check(profileId: string, options: { rerun?: boolean } = {}): Promise<PreflightView> {
      let report = await verification.latest(profileId);
      const stale = !report || now().getTime() - Date.parse(report.ranAt) > PREFLIGHT_MAX_AGE_MS;
      const rerun = stale || options.rerun === true;
      if (rerun) report = await verification.run(profileId);
      const latest = report!;
      const failing = failedChecks(latest);
      const ok = latest.ok && failing.length === 0;

      const section = record.update(profileId, (current) => {
        const previous = current.preflight;
        // The admin's decision to proceed holds for the verification run it was made on, not for a newer one.
        const proceeded = previous?.verificationRanAt === latest.ranAt && !ok ? previous.proceeded : undefined;
        const next: PreflightRecord = { checkedAt: now().toISOString(), verificationRanAt: latest.ranAt, ok, failing, ...(proceeded ? { proceeded } : {}) };
        const updated = { ...current, preflight: next };
        if (previous?.verificationRanAt === latest.ranAt) return updated;
        const text = ok ? `Pre-flight: the token and all ${permissionCount} permissions passed, and least privilege was proved.` : `Pre-flight: failing — ${failing.join(', ')}.`;
        return record.note(updated, { at: next.checkedAt, kind: 'preflight', text });
      });
      const saved = section.preflight!;
      return { report: latest, rerun, record: saved, blocked: !saved.ok && !saved.proceeded };
    },

    /** Records that the admin chose to hand over credentials although a check failed. */
    proceedDespiteFailure(profileId: string): PreflightRecord {
      const section = record.update(profileId, (current) => {
        const preflight = current.preflight;
        if (!preflight) throw new AppError('preflight-required', 'Run the pre-flight check first: it shows what failed before you decide to go ahead.');
        if (preflight.ok) return current;
        const stampNow = { at: now().toISOString(), by: whoami() };
        const updated = { ...current, preflight: { ...preflight, proceeded: stampNow } };
        return record.note(updated, { ...stampNow, kind: 'proceeded-despite-failure', text: `Proceeded despite failing checks: ${preflight.failing.join(', ')}.` });
      });
      return section.preflight!;
    },

    /** Throws unless the latest pre-flight passed or the admin chose to proceed. */
    assertMaySubmit(profileId: string): void {
      const preflight = record.read(profileId).preflight;
      if (!preflight) throw new AppError('preflight-required', 'Run the pre-flight check first: the credentials are verified before they are handed over.');
      if (!preflight.ok && !preflight.proceeded) {
        throw new AppError(
          'preflight-failed',
          `Verification failed (${preflight.failing.join(', ')}). Fix the failing permission and verify again, or choose “Proceed anyway” if you accept that Arctic Wolf may not receive all data.`,
        );
      }
    },
  };
}
export type Preflight = ReturnType<typeof createPreflight>;
