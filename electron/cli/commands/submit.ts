import { credentialUseErrorCodes } from '../../../shared/credentials/error-codes.ts';
import { AppError } from '../../../shared/errors.ts';
import type { IntakeOutcome } from '../../../shared/handoff/intake-contract.ts';
import { checkIntakeUrl } from '../../services/intake/intake-url.ts';
import { noProtectedStoreCodes, storeProblemText } from './credentials-common.ts';
import { networkFromFlags } from './network-options.ts';
import { handedOff } from '../checklist-facts.ts';
import { localDateTime } from '../local-time.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';
import { INTAKE_TOKEN_ENV } from '../options.ts';
import { permissionCount } from '../../../shared/verification/checks.ts';

/** Nothing was sent because of what was given or stored: exit 2, like any input error. */
const inputErrorCodes = new Set<string>([
  'intake-url-invalid',
  'intake-url-insecure',
  'intake-token-missing',
  'intake-not-configured',
  ...credentialUseErrorCodes,
  ...noProtectedStoreCodes,
]);

function intakeUrlOption(context: CliContext): string {
  const raw = String(context.values['intake-url']);
  try {
    return checkIntakeUrl(raw).href;
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message, error.code);
    throw error;
  }
}

/** Says on stderr (never stdout, which holds the JSON) when the credentials were not verified or failed. */
function warnAboutVerification(context: CliContext, profileId: string): void {
  const latest = context.services().verification.latest(profileId);
  if (!latest) context.io.stderr(`Note: these credentials were not verified. Run “verify” first to check the token and the ${permissionCount} permissions.\n`);
  else if (!latest.ok) context.io.stderr(`Note: the last verification (${localDateTime(latest.ranAt)}) failed. Arctic Wolf may not receive all data; run “verify” after fixing the role.\n`);
}

function outcomeText(outcome: IntakeOutcome): string {
  return outcome.ok ? `${outcome.message}\nAttempts: ${outcome.attempts}.` : outcome.message;
}

/** `submit --intake-url URL [--account-name NAME]`: the profile's credentials to an HTTPS intake; token from the env. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const url = intakeUrlOption(context);
  const network = networkFromFlags(context);
  const accountName = context.values['account-name'];
  const profile = context.profile();
  const services = context.services();
  const token = context.io.env[INTAKE_TOKEN_ENV]?.trim();
  // Registered at once, so no message or log line can carry it.
  if (token) services.redactor.register(token);
  warnAboutVerification(context, profile.id);

  let result: IntakeOutcome;
  try {
    const { fault: _fault, ...outcome } = await services.handoff.submitIntake(profile.id, {
      url,
      ...(typeof accountName === 'string' ? { accountName: accountName.trim() } : {}),
      ...(token ? { token } : {}),
      enforcePreflight: false,
      ...(network ? { network } : {}),
    });
    result = outcome;
  } catch (error) {
    if (error instanceof AppError && error.code === 'intake-token-missing') {
      throw new UsageError(`No intake token: set ${INTAKE_TOKEN_ENV} to the bearer token the intake’s owner gave you.`, error.code);
    }
    if (error instanceof AppError && inputErrorCodes.has(error.code)) throw new UsageError(storeProblemText(error.code, services.redactor.redact(error.message)), error.code);
    throw error;
  }
  handedOff(services, profile.id);
  const json = { ok: result.ok, receiptId: result.receiptId, status: result.status, attempts: result.attempts, message: result.message };
  return { exitCode: result.ok ? EXIT_OK : EXIT_FAILED, json, text: outcomeText(result) };
}
