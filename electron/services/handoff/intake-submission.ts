import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type { HandoffSection } from '../../../shared/handoff/handoff-data.ts';
import type { IntakeConfig } from '../../../shared/handoff/handoff-view.ts';
import type { IntakeClient, IntakeProgress, IntakeResult } from '../intake/intake-client.ts';
import { checkIntakeUrl } from '../intake/intake-url.ts';
import type { NetworkOptions } from '../http/transport.ts';
import type { Logger } from '../logging/logger.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { TokenStore } from './lazy-token-store.ts';
import type { HandoffRecord } from './handoff-record.ts';
import { intakeTokenAccount, type CredentialsPort } from './ports.ts';

export interface IntakeSubmissionDeps {
  record: HandoffRecord;
  credentials: CredentialsPort;
  secrets: TokenStore;
  intake: IntakeClient;
  redactor: Redactor;
  logger: Logger;
  now: () => Date;
  whoami: () => string;
}

export interface SubmitOptions {
  /** Overrides (the CLI passes them); saved to the profile for next time. */
  url?: string;
  accountName?: string;
  /** A token for this submission only (the CLI's env variable); else the stored one is used. */
  token?: string;
  /** The Account Name to use when none was chosen (the portal guide's suggestion). */
  defaultAccountName: string;
  baseUrl: string;
  onProgress?: (progress: IntakeProgress) => void;
  /** This submission's proxy and trusted roots (the CLI's --proxy/--ca-file); else the app's settings. */
  network?: NetworkOptions;
}

/** The key stays the same for every retry of one credential set, across restarts; new credentials get a new key. */
function idempotencyKeyFor(section: HandoffSection, credentialSet: string, now: Date): HandoffSection {
  if (section.idempotency?.credentialSet === credentialSet) return section;
  return { ...section, idempotency: { credentialSet, key: randomUUID(), createdAt: now.toISOString() } };
}

export function createIntakeSubmission(deps: IntakeSubmissionDeps) {
  const { record, credentials, secrets, redactor, now, whoami } = deps;

  return {
    async config(profileId: string): Promise<IntakeConfig> {
      const section = record.read(profileId);
      const token = await secrets.get(intakeTokenAccount(profileId));
      return { url: section.intake?.url ?? null, accountName: section.accountName ?? null, tokenStored: Boolean(token) };
    },

    /** Saves the URL and Account Name in the profile and the token (when given) in the SecretStore. */
    async configure(profileId: string, input: { url: string; accountName?: string; token?: string }): Promise<IntakeConfig> {
      const url = checkIntakeUrl(input.url).href;
      if (input.token !== undefined) {
        const token = input.token.trim();
        if (!token) throw new AppError('intake-token-missing', 'The intake token is empty. Paste the token the intake’s owner gave you.');
        redactor.register(token);
        await secrets.set(intakeTokenAccount(profileId), token);
      }
      record.update(profileId, (current) => {
        const at = now().toISOString();
        const updated: HandoffSection = { ...current, intake: { url, configuredAt: at }, ...(input.accountName ? { accountName: input.accountName.trim() } : {}) };
        return record.note(updated, { at, by: whoami(), kind: 'intake-configured', text: `Intake set to ${new URL(url).host}${input.token !== undefined ? ' (token stored in the secret store)' : ''}.` });
      });
      return this.config(profileId);
    },

    async submit(profileId: string, options: SubmitOptions): Promise<IntakeResult> {
      const start = record.read(profileId);
      const url = options.url ?? start.intake?.url;
      if (!url) throw new AppError('intake-not-configured', 'No intake URL is set for this profile. Enter the intake’s HTTPS address first.');
      const checkedUrl = checkIntakeUrl(url).href;
      const token = options.token ?? (await secrets.get(intakeTokenAccount(profileId)));
      if (!token) throw new AppError('intake-token-missing', 'No intake token is stored for this profile. Paste the token the intake’s owner gave you.');
      redactor.register(token);

      const status = await credentials.status(profileId);
      if (!status.stored) throw new AppError('no-credentials', 'No Client Secret is stored for this profile. Capture the credentials first (step “Capture the keys”).');
      const accountName = (options.accountName ?? start.accountName ?? options.defaultAccountName).trim();
      const credentialSet = `${status.storedAt ?? 'unknown'}|${status.maskedClientId ?? ''}`;

      // Persist the key before the first attempt: a crash or restart mid-submission must reuse it.
      const prepared = record.update(profileId, (current) => ({
        ...idempotencyKeyFor(current, credentialSet, now()),
        channel: 'intake',
        accountName,
        intake: current.intake?.url === checkedUrl ? current.intake : { url: checkedUrl, configuredAt: now().toISOString() },
      }));
      const idempotencyKey = prepared.idempotency!.key;

      const result = await credentials.withCredentials(profileId, async ({ clientId, clientSecret }) => {
        redactor.register(clientSecret);
        return deps.intake.submit(
          {
            url: checkedUrl,
            token,
            idempotencyKey,
            body: {
              vendor: 'mimecast',
              apiVersion: '2.0',
              accountName,
              baseUrl: options.baseUrl,
              clientId,
              clientSecret,
              credentialExpiry: prepared.lifecycle?.credentialExpiry ?? null,
            },
          },
          { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.network ? { network: options.network } : {}) },
        );
      });
      const message = redactor.redact(result.message);
      deps.logger.info('intake submission finished', { ok: result.ok, status: result.status, attempts: result.attempts, fault: result.fault });

      record.update(profileId, (current) => {
        const stamp = { at: now().toISOString(), by: whoami() };
        const updated: HandoffSection = {
          ...current,
          submission: { ...stamp, channel: 'intake', ok: result.ok, receiptId: result.receiptId, status: result.status, attempts: result.attempts, message },
          ...(result.ok ? { confirmed: { at: stamp.at, channel: 'intake' as const } } : {}),
        };
        return record.note(updated, result.ok
          ? { ...stamp, kind: 'intake-accepted', text: `Intake accepted the credentials. Receipt ${result.receiptId ?? ''}.` }
          : { ...stamp, kind: 'intake-failed', text: message });
      });
      return { ...result, message };
    },
  };
}
export type IntakeSubmission = ReturnType<typeof createIntakeSubmission>;
