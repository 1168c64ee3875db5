import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { HandoffState, TenantRow, TenantsOverview } from '../../../shared/fleet/tenant-row.ts';
import type { HandoffService } from '../handoff/handoff-service.ts';
import type { LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { VerificationService } from '../verification/verification-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { ProgressService } from '../progress/progress-service.ts';
import type { CredentialsService } from '../secrets/secret-store.ts';
import { failedChecks } from '../../../shared/verification/report.ts';

/**
 * Reads every profile's row for the tenants view through the owning services (each reads its own section), so the
 * view says exactly what the checklist, the verification panel and the hand-off widgets say for that tenant. A part
 * that cannot be read leaves its cell empty and names the problem; it never hides the other tenants.
 */
export interface TenantsOverviewDeps {
  profiles: Pick<ProfilesService, 'state'>;
  progress: Pick<ProgressService, 'view'>;
  credentials: Pick<CredentialsService, 'status'>;
  verification: Pick<VerificationService, 'latest' | 'baseUrl'>;
  handoff: Pick<HandoffService, 'view'>;
  lifecycle: Pick<LifecycleService, 'view'>;
  now: () => Date;
}

export function handoffStateOf(section: HandoffSection, confirmed: boolean): HandoffState {
  if (confirmed) return 'confirmed';
  if (section.submission && !section.submission.ok) return 'failed';
  if (section.channel || section.preflight || section.submission || section.portalOutcome) return 'in-progress';
  return 'not-started';
}

export function createTenantsOverview(deps: TenantsOverviewDeps): { read(): Promise<TenantsOverview> } {
  const attempt = <T>(problems: string[], what: string, read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };

  const row = async (id: string, name: string, active: boolean): Promise<TenantRow> => {
    const problems: string[] = [];
    const checklist = attempt(problems, 'Checklist', () => {
      const { done, total, percent } = deps.progress.view(id).status;
      return { done, total, percent };
    }, null);
    let credentials: TenantRow['credentials'] = { stored: false, maskedClientId: null };
    try {
      const status = await deps.credentials.status(id);
      credentials = { stored: status.stored, maskedClientId: status.maskedClientId ?? null };
    } catch (error) {
      problems.push(`Credentials: ${error instanceof Error ? error.message : String(error)}`);
    }
    const latest = attempt(problems, 'Last verification', () => deps.verification.latest(id), undefined);
    const handoff = attempt(problems, 'Hand-off', () => {
      const view = deps.handoff.view(id);
      return handoffStateOf(view.section, view.confirmed);
    }, 'not-started');
    const lifecycle = attempt(problems, 'Credential lifecycle', () => deps.lifecycle.view(id), null);
    return {
      id,
      name,
      active,
      checklist,
      credentials,
      // A refused saved gateway is not a problem of the row: the verification says so when it runs.
      baseUrl: attempt([], '', () => deps.verification.baseUrl(id), null),
      lastVerification: latest ? { ok: latest.ok, ranAt: latest.ranAt, failedChecks: failedChecks(latest) } : null,
      handoff,
      expiry: lifecycle?.expiry ?? null,
      window: lifecycle?.window ?? null,
      problem: problems.length > 0 ? problems.join(' ') : null,
    };
  };

  return {
    async read() {
      const { activeId, profiles } = deps.profiles.state();
      const tenants = await Promise.all(profiles.map((p) => row(p.id, p.name, p.id === activeId)));
      return { tenants, readAt: deps.now().toISOString() };
    },
  };
}
