import { AppError } from '../../../shared/errors.ts';
import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { LifecycleView } from '../../../shared/handoff/lifecycle-view.ts';
import { refreshSteps } from '../../../shared/handoff/refresh-steps.ts';
import type { HandoffRecord } from '../handoff/handoff-record.ts';
import type { CredentialsPort, VerificationPort } from '../handoff/ports.ts';
import { expiryStatus, failureWindow } from './lifecycle-clock.ts';
import { dueNotifications, type DueNotification } from './lifecycle-notifications.ts';
import { permissionCount } from '../../../shared/verification/checks.ts';

export interface LifecycleDeps {
  record: HandoffRecord;
  credentials: CredentialsPort;
  verification: VerificationPort;
  profileName: (profileId: string) => string;
  now: () => Date;
  whoami: () => string;
}

/** What happens to the credentials after the hand-off: expiry, the 12-hour refresh window, forgetting the secret. */
export interface LifecycleService {
  view(profileId: string): LifecycleView;
  setExpiry(profileId: string, date: string | null): LifecycleView;
  /** "Arctic Wolf reported the credentials failed": the 12-hour window starts now. */
  reportFailure(profileId: string): LifecycleView;
  /** The new credentials are captured, verified and saved in the portal: the window ends. */
  markRefreshed(profileId: string): Promise<LifecycleView>;
  forgetSecret(profileId: string): Promise<LifecycleView>;
  /** Whether "remove the API 1.0 application" may open: the 2.0 hand-off is confirmed. */
  migrationGate(profileId: string): { satisfied: boolean; reason: string };
  /** Notifications due now; each is recorded as shown so it is not repeated. */
  takeDueNotifications(profileId: string): DueNotification[];
}

export function createLifecycleService(deps: LifecycleDeps): LifecycleService {
  const { record, now, whoami } = deps;

  const view = (profileId: string, section: HandoffSection = record.read(profileId)): LifecycleView => {
    const lifecycle = section.lifecycle;
    const confirmed = Boolean(section.confirmed);
    const forgotten = lifecycle?.secretForgotten;
    return {
      profileId,
      credentialExpiry: lifecycle?.credentialExpiry ?? null,
      expiry: expiryStatus(lifecycle?.credentialExpiry, now()),
      window: failureWindow(lifecycle, now()),
      refreshSteps: refreshSteps.map((step) => ({ ...step })),
      confirmed,
      forgetSecret: { offered: confirmed && !forgotten, forgottenAt: forgotten?.at ?? null, by: forgotten?.by ?? null },
    };
  };

  const stamp = () => ({ at: now().toISOString(), by: whoami() });

  return {
    view: (profileId) => view(profileId),

    setExpiry(profileId, date) {
      const section = record.update(profileId, (current) => {
        const updated = { ...current, lifecycle: { ...current.lifecycle, credentialExpiry: date } };
        return record.note(updated, { ...stamp(), kind: 'expiry-set', text: date ? `Credential Expiry set to ${date}.` : 'Credential Expiry cleared (none).' });
      });
      return view(profileId, section);
    },

    reportFailure(profileId) {
      const section = record.update(profileId, (current) => {
        const open = failureWindow(current.lifecycle, now());
        // A second click must not restart the clock, unless the first was stamped on a clock that was ahead.
        const stampedAhead = current.lifecycle?.failureReportedAt !== undefined && current.lifecycle.failureReportedAt > now().toISOString();
        if (open?.state === 'open' && !stampedAhead) return current;
        const s = stamp();
        const updated = { ...current, lifecycle: { ...current.lifecycle, failureReportedAt: s.at } };
        return record.note(updated, { ...s, kind: 'failure-reported', text: 'Arctic Wolf reported that the credentials failed: 12 hours to provide refreshed ones.' });
      });
      return view(profileId, section);
    },

    async markRefreshed(profileId) {
      const reportedAt = record.read(profileId).lifecycle?.failureReportedAt;
      const status = await deps.credentials.status(profileId);
      if (reportedAt && (!status.storedAt || status.storedAt <= reportedAt)) {
        throw new AppError('refresh-not-captured', 'The stored credentials are older than the failure report. Generate new ones in Mimecast and capture them here first.');
      }
      const report = await deps.verification.latest(profileId);
      if (!report?.ok || (status.storedAt && report.ranAt < status.storedAt)) {
        throw new AppError('refresh-not-verified', `Verify the new credentials first: the token and all ${permissionCount} permissions must pass before they go to Arctic Wolf.`);
      }
      const section = record.update(profileId, (current) => {
        const s = stamp();
        const updated = { ...current, lifecycle: { ...current.lifecycle, refreshedAt: s.at, secretForgotten: undefined } };
        return record.note(updated, { ...s, kind: 'credentials-refreshed', text: 'Refreshed credentials saved in the Unified Portal.' });
      });
      return view(profileId, section);
    },

    async forgetSecret(profileId) {
      if (!record.read(profileId).confirmed) {
        throw new AppError('handoff-not-confirmed', 'Keep the secret until Arctic Wolf has accepted the credentials: you may need to paste it again.');
      }
      await deps.credentials.forgetSecret(profileId);
      const section = record.update(profileId, (current) => {
        const s = stamp();
        const updated = { ...current, lifecycle: { ...current.lifecycle, secretForgotten: s } };
        return record.note(updated, { ...s, kind: 'secret-forgotten', text: 'The Client Secret was removed from this computer; the masked Client ID and dates stay.' });
      });
      return view(profileId, section);
    },

    migrationGate(profileId) {
      const confirmed = record.read(profileId).confirmed;
      return confirmed
        ? { satisfied: true, reason: `Arctic Wolf accepted the API 2.0 credentials (${confirmed.at}).` }
        : { satisfied: false, reason: 'Hand the API 2.0 credentials to Arctic Wolf and record the outcome first.' };
    },

    takeDueNotifications(profileId) {
      const section = record.read(profileId);
      const due = dueNotifications(deps.profileName(profileId), section, now());
      if (due.length === 0) return [];
      record.update(profileId, (current) => {
        const notified = [...new Set([...(current.lifecycle?.notified ?? []), ...due.map((n) => n.key)])].slice(-100);
        let updated: HandoffSection = { ...current, lifecycle: { ...current.lifecycle, notified } };
        for (const n of due) updated = record.note(updated, { at: now().toISOString(), kind: 'reminder-sent', text: n.title });
        return updated;
      });
      return due;
    },
  };
}
