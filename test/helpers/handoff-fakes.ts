import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { leastPrivilegeCatalog, leastPrivilegeProbeIds, type LeastPrivilegeProbeId } from '../../shared/verification/checks.ts';
import { checkIds, type VerificationReport } from '../../shared/verification/report.ts';
import { createProfilesService, type ProfilesService } from '../../electron/services/profiles/profiles-service.ts';
import { openConfStore } from '../../electron/services/settings/conf-store.ts';
import type { CredentialStatus, Credentials, SecretStore } from '../../electron/services/secrets/secret-store.ts';
import type { CredentialsPort, VerificationPort } from '../../electron/services/handoff/ports.ts';

/** Small in-memory stand-ins for the neighbours of the hand-off, lifecycle and report services. */

export const CLIENT_ID = 'mc-client-id-0123456789abcdef';
export const CLIENT_SECRET = 'S3cr3t-value-<shown-once>&"quoted"';

/** A controllable clock. */
export function testClock(start = '2026-11-25T12:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    set(iso: string) {
      current = new Date(iso).getTime();
    },
  };
}

export function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    info: () => ({ backend: 'memory', label: 'Memory', persistent: false, protection: 'test' }),
    get: (account) => Promise.resolve(values.get(account)),
    set: (account, secret) => (values.set(account, secret), Promise.resolve()),
    delete: (account) => (values.delete(account), Promise.resolve()),
  };
}

export function fakeCredentials(now: () => Date, initial: Credentials | undefined = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }) {
  let stored: Credentials | undefined = initial;
  let storedAt = now().toISOString();
  let forgottenAt: string | undefined;
  const status = (): CredentialStatus =>
    stored
      ? { stored: true, maskedClientId: `${stored.clientId.slice(0, 4)}…${stored.clientId.slice(-4)}`, backend: 'memory', storedAt }
      : { stored: false, ...(forgottenAt ? { forgottenAt } : {}) };
  const port: CredentialsPort & { replace(c: Credentials): void; forgetCalls: number } = {
    forgetCalls: 0,
    status: () => Promise.resolve(status()),
    withCredentials: async (_profileId, use) => {
      if (!stored) throw new AppError('no-credentials', 'No credentials are stored.');
      return use(stored);
    },
    forgetSecret: () => {
      port.forgetCalls += 1;
      stored = undefined;
      forgottenAt = now().toISOString();
      return Promise.resolve(status());
    },
    replace(credentials) {
      stored = credentials;
      storedAt = now().toISOString();
    },
  };
  return port;
}

export function passingReport(ranAt: Date, baseUrl = 'https://api.services.mimecast.com'): VerificationReport {
  return {
    ok: true,
    baseUrl,
    token: { ok: true, status: 200, code: null, message: 'Token issued.' },
    checks: checkIds.map((id) => ({ id, permission: `perm ${id}`, endpoint: `/api/${id}`, ok: true, status: 200, code: null, message: 'Allowed.', hint: '', events: { count: 3, more: false, newest: ranAt.toISOString(), since: new Date(ranAt.getTime() - 86_400_000).toISOString() } })),
    leastPrivilege: { ok: true, probes: [] },
    warnings: [],
    durationMs: 120,
    ranAt: ranAt.toISOString(),
  };
}

export function failingReport(ranAt: Date, failing: (typeof checkIds)[number] = 'url-protection'): VerificationReport {
  const report = passingReport(ranAt);
  return {
    ...report,
    ok: false,
    checks: report.checks.map((c) => (c.id === failing ? { ...c, ok: false, status: 403, code: 'forbidden', message: 'Not allowed.', hint: 'Add the permission to the role.', events: null } : c)),
  };
}

/**
 * Every permission works, but the role can also read the first least-privilege endpoint (the DLP log); the others
 * are refused, as they should be: least privilege fails.
 */
export function overPrivilegedReport(ranAt: Date): VerificationReport {
  const report = passingReport(ranAt);
  const probe = (id: LeastPrivilegeProbeId) => ({ id, endpoint: leastPrivilegeCatalog[id].endpoint, permission: leastPrivilegeCatalog[id].permission });
  const [readable, ...refused] = leastPrivilegeProbeIds;
  const permission = leastPrivilegeCatalog[readable!].permission;
  const probes = [
    { ...probe(readable!), refused: false, status: 200, outcome: 'allowed' as const, message: `Readable: clear “${permission}”.` },
    ...refused.map((id) => ({ ...probe(id), refused: true, status: 403, outcome: 'refused' as const, message: 'Refused, as it should be.' })),
  ];
  return { ...report, ok: false, leastPrivilege: { ok: false, probes }, warnings: [{ code: 'over-privileged', check: null, message: `Remove “${permission}” from the role.` }] };
}

export function fakeVerification(now: () => Date, makeReport: (at: Date) => VerificationReport = passingReport) {
  const port: VerificationPort & { current: VerificationReport | undefined; runs: number; next: (at: Date) => VerificationReport } = {
    current: undefined,
    runs: 0,
    next: makeReport,
    latest: () => port.current,
    run: () => {
      port.runs += 1;
      port.current = port.next(now());
      return Promise.resolve(port.current);
    },
  };
  return port;
}

/** A real profiles service on a temporary folder (conf, as the CLI uses). */
export function tempProfiles(now: () => Date): { profiles: ProfilesService; dataDir: string; cleanup: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'mcaw-handoff-'));
  const profiles = createProfilesService({ dataDir, openStore: openConfStore, now });
  return { profiles, dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}
