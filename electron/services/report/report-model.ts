import { visibleSteps } from '../../../shared/checklist/evaluate.ts';
import { emptyProgress } from '../../../shared/checklist/progress.ts';
import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { IpRangesSection } from '../../../shared/ip-ranges/profile-section.ts';
import type { HistoryEntry } from '../../../shared/verification/monitoring.ts';
import type { VerificationReport } from '../../../shared/verification/report.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { CredentialStatus } from '../secrets/secret-store.ts';

/** Everything the completion report shows, gathered from the profile. Holds no secret: the Client ID is masked. */
export interface ReportModel {
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
  profile: { id: string; name: string; createdAt: string };
  credentials: CredentialStatus;
  steps: Array<{ number: number; id: string; title: string; completedAt?: string; completedBy?: string }>;
  deployment: string;
  verification?: VerificationReport;
  /** Every verification run recorded for the profile (app, background re-check, CLI), oldest first. */
  history: HistoryEntry[];
  /** The failing streak of the re-checks, if one is under way. */
  failingSince?: string;
  ipRanges?: Pick<IpRangesSection, 'lastVerdict' | 'checkedAt' | 'acknowledgement'>;
  handoff: HandoffSection;
  screenshots: Array<{ step: string; label: string; addedAt: string; dataUrl: string }>;
}

export interface ReportSources {
  profiles: ProfilesService;
  credentialStatus: (profileId: string) => Promise<CredentialStatus>;
  /** Attached screenshots as data: URLs (the evidence service), oldest first. */
  screenshots: (profileId: string) => ReportModel['screenshots'];
  now: () => Date;
  whoami: () => string;
  appVersion: string;
}

export async function buildReportModel(sources: ReportSources, profileId: string): Promise<ReportModel> {
  const profile = sources.profiles.resolve(profileId);
  const store = sources.profiles.store(profile?.id ?? profileId);
  // Without saved progress every step is still listed, as not completed.
  const progress = store.read('progress') ?? emptyProgress(sources.now());
  const ip = store.read('ipRanges');
  const deploymentChoice = progress.choices.deployment?.value;

  const steps = visibleSteps(progress).map((step, index) => {
    const done = progress.steps[step.id];
    return {
      number: index + 1,
      id: step.id,
      title: step.title,
      ...(done?.completedAt ? { completedAt: done.completedAt } : {}),
      ...(done?.completedBy ? { completedBy: done.completedBy } : {}),
    };
  });

  const section = store.read('verification');
  const verification = section?.latest;
  return {
    generatedAt: sources.now().toISOString(),
    generatedBy: sources.whoami(),
    appVersion: sources.appVersion,
    profile: { id: store.id, name: profile?.name ?? store.id, createdAt: profile?.createdAt ?? '' },
    credentials: await sources.credentialStatus(store.id),
    steps,
    deployment: deploymentChoice === 'migration' ? 'Migration from Mimecast API 1.0' : deploymentChoice === 'new' ? 'New deployment' : 'Deployment kind not chosen',
    ...(verification ? { verification } : {}),
    history: section?.history ?? [],
    ...(section?.recheck?.failingSince ? { failingSince: section.recheck.failingSince } : {}),
    ...(ip ? { ipRanges: { lastVerdict: ip.lastVerdict, checkedAt: ip.checkedAt, ...(ip.acknowledgement ? { acknowledgement: ip.acknowledgement } : {}) } } : {}),
    handoff: store.read('handoff') ?? {},
    screenshots: sources.screenshots(store.id),
  };
}
