import { nameFormattingProblem } from '../../../shared/domain/name-text.ts';
import type { NetworkOptions } from '../http/transport.ts';
import type { HandoffChannel, HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { HandoffView, PortalGuide } from '../../../shared/handoff/handoff-view.ts';
import { isAcceptedHealth, portalHealthAdvice, portalHealthStates, type PortalHealth } from '../../../shared/handoff/portal-health.ts';
import { AppError } from '../../../shared/errors.ts';
import type { IntakeClient, IntakeProgress, IntakeResult } from '../intake/intake-client.ts';
import type { Logger } from '../logging/logger.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { TokenStore } from './lazy-token-store.ts';
import { createHandoffRecord, type HandoffRecord } from './handoff-record.ts';
import { createIntakeSubmission } from './intake-submission.ts';
import { nextSteps } from './next-steps.ts';
import { OLDER_PORTAL_NOTE, PORTAL_PATH, portalSteps, regionFor, suggestAccountName } from './portal-guide.ts';
import type { CredentialsPort, VerificationPort } from './ports.ts';
import { createPreflight, type PreflightView } from './preflight.ts';

export interface HandoffDeps {
  profiles: ProfilesService;
  credentials: CredentialsPort;
  secrets: TokenStore;
  verification: VerificationPort;
  intake: IntakeClient;
  redactor: Redactor;
  logger: Logger;
  now: () => Date;
  /** The OS user name: who confirmed what, for the timeline and the report. */
  whoami: () => string;
  /** Called after every saved change of a profile's `handoff` section. */
  onChange?: (profileId: string) => void;
}

export interface HandoffService {
  readonly record: HandoffRecord;
  view(profileId: string): HandoffView;
  isConfirmed(profileId: string): boolean;
  preflight(profileId: string, options?: { rerun?: boolean }): Promise<PreflightView>;
  proceedDespiteFailure(profileId: string): HandoffView;
  chooseChannel(profileId: string, channel: HandoffChannel): HandoffView;
  setAccountName(profileId: string, accountName: string): HandoffView;
  portalGuide(profileId: string): Promise<PortalGuide>;
  recordPortalOutcome(profileId: string, state: PortalHealth): HandoffView;
  intakeConfig: ReturnType<typeof createIntakeSubmission>['config'];
  configureIntake: ReturnType<typeof createIntakeSubmission>['configure'];
  /** `enforcePreflight` is on in the app; the CLI reports a failed verification but leaves the decision to the script. */
  submitIntake(profileId: string, options: { url?: string; accountName?: string; token?: string; enforcePreflight: boolean; onProgress?: (p: IntakeProgress) => void; network?: NetworkOptions }): Promise<IntakeResult>;
}

export function createHandoffService(deps: HandoffDeps): HandoffService {
  const { profiles, now, whoami } = deps;
  const record = createHandoffRecord(profiles, deps.onChange);
  const preflight = createPreflight({ record, verification: deps.verification, now, whoami });
  const intake = createIntakeSubmission({ ...deps, record });

  const view = (profileId: string, section: HandoffSection = record.read(profileId)): HandoffView => ({
    profileId,
    section,
    confirmed: Boolean(section.confirmed),
    nextSteps: nextSteps(section),
  });

  const baseUrlOf = async (profileId: string): Promise<string | undefined> => (await deps.verification.latest(profileId))?.baseUrl;
  const defaultAccountName = async (profileId: string): Promise<string> => {
    const profile = profiles.resolve(profileId);
    return suggestAccountName(profile?.name ?? profileId, regionFor(await baseUrlOf(profileId)), now());
  };

  return {
    record,
    view: (profileId) => view(profileId),
    isConfirmed: (profileId) => Boolean(record.read(profileId).confirmed),
    preflight: (profileId, options) => preflight.check(profileId, options),
    proceedDespiteFailure(profileId) {
      preflight.proceedDespiteFailure(profileId);
      return view(profileId);
    },
    chooseChannel(profileId, channel) {
      const section = record.update(profileId, (current) =>
        current.channel === channel
          ? current
          : record.note({ ...current, channel }, { at: now().toISOString(), by: whoami(), kind: 'channel-chosen', text: channel === 'portal' ? 'Channel: Unified Portal hand-off.' : 'Channel: HTTPS intake.' }),
      );
      return view(profileId, section);
    },
    setAccountName(profileId, accountName) {
      const name = accountName.trim();
      if (!name) throw new AppError('invalid-account-name', 'The Account Name is empty. Use the suggestion or type a unique, descriptive name.');
      const formatting = nameFormattingProblem(name);
      if (formatting) throw new AppError('invalid-account-name', formatting.replace('The name', 'The Account Name'));
      return view(profileId, record.update(profileId, (current) => ({ ...current, accountName: name })));
    },
    async portalGuide(profileId) {
      const section = record.read(profileId);
      const region = regionFor(await baseUrlOf(profileId));
      const accountName = section.accountName ?? (await defaultAccountName(profileId));
      const expiry = section.lifecycle?.credentialExpiry ?? null;
      const status = await deps.credentials.status(profileId);
      return {
        path: [...PORTAL_PATH],
        olderPathNote: OLDER_PORTAL_NOTE,
        steps: portalSteps(accountName, region, expiry),
        accountName,
        region,
        credentialExpiry: expiry,
        maskedClientId: status.maskedClientId ?? null,
        healthStates: portalHealthStates.map((state) => ({ state, advice: portalHealthAdvice[state], accepted: isAcceptedHealth(state) })),
      };
    },
    recordPortalOutcome(profileId, state) {
      const section = record.update(profileId, (current) => {
        const stamp = { at: now().toISOString(), by: whoami() };
        const accepted = isAcceptedHealth(state);
        const updated: HandoffSection = {
          ...current,
          channel: 'portal',
          portalOutcome: { ...stamp, state },
          // The intake channel can be confirmed by its receipt; the portal's own outcome also counts when it is the channel.
          ...(current.submission?.channel === 'intake' && current.submission.ok
            ? {}
            : { submission: { ...stamp, channel: 'portal' as const, ok: accepted, receiptId: null, status: null, attempts: 1, message: `Unified Portal: ${state}` } }),
          ...(accepted && !current.confirmed ? { confirmed: { at: stamp.at, channel: 'portal' as const } } : {}),
        };
        return record.note(updated, { ...stamp, kind: 'portal-outcome', text: `Unified Portal showed “${state}”. ${portalHealthAdvice[state]}` });
      });
      return view(profileId, section);
    },
    intakeConfig: (profileId) => intake.config(profileId),
    configureIntake: (profileId, input) => intake.configure(profileId, input),
    async submitIntake(profileId, options) {
      if (options.enforcePreflight) preflight.assertMaySubmit(profileId);
      return intake.submit(profileId, {
        ...(options.url ? { url: options.url } : {}),
        ...(options.accountName ? { accountName: options.accountName } : {}),
        ...(options.token ? { token: options.token } : {}),
        defaultAccountName: await defaultAccountName(profileId),
        baseUrl: (await baseUrlOf(profileId)) ?? regionFor(undefined).baseUrl,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.network ? { network: options.network } : {}),
      });
    },
  };
}
