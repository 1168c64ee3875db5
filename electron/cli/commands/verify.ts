import { credentialInputErrorCodes, credentialUseErrorCodes } from '../../../shared/credentials/error-codes.ts';
import { AppError } from '../../../shared/errors.ts';
import { baseUrlErrorCodes, checkBaseUrl } from '../../../shared/verification/gateways.ts';
import { checkCatalog, permissionCount } from '../../../shared/verification/checks.ts';
import { EVENTS_WINDOW_MS, type CheckResult, type VerificationReport } from '../../../shared/verification/report.ts';
import { cleanCredentialInput } from '../../services/secrets/credential-input.ts';
import { noProtectedStoreCodes, storeProblemText } from './credentials-common.ts';
import { networkFromFlags } from './network-options.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';
import { plain, type Style } from '../style.ts';
import { localTimeOfDay } from '../local-time.ts';

/** Nothing could be verified because of what was given (or not stored): exit 2, as the contract says for input. */
const inputErrorCodes = new Set<string>([
  ...baseUrlErrorCodes,
  ...credentialInputErrorCodes,
  ...credentialUseErrorCodes,
  ...noProtectedStoreCodes,
]);

/** The contract's `verify --json` document: exactly these fields, in this order (no `ranAt`, `fixStep`, `cause`). */
export function verifyJson(report: VerificationReport): Record<string, unknown> {
  return {
    ok: report.ok,
    baseUrl: report.baseUrl,
    token: { ok: report.token.ok, status: report.token.status, code: report.token.code, message: report.token.message },
    checks: report.checks.map(({ id, permission, endpoint, ok, status, code, message, hint, events }) => ({
      id,
      permission,
      endpoint,
      ok,
      status,
      code,
      message,
      hint,
      events: events ? { count: events.count, more: events.more, newest: events.newest, since: events.since } : null,
    })),
    leastPrivilege: report.leastPrivilege
      ? { ok: report.leastPrivilege.ok, probes: report.leastPrivilege.probes.map(({ endpoint, permission, refused, status }) => ({ endpoint, permission, refused, status })) }
      : null,
    warnings: report.warnings.map(({ code, check, message }) => ({ code, check, message })),
    durationMs: report.durationMs,
  };
}

/** "42 in the last 24 hours, newest 09:41 CET": the local time, named (a script reads the ISO time in --json). */
export function eventsText(events: NonNullable<CheckResult['events']>): string {
  const count = `${events.count}${events.more ? '+' : ''} in the last ${EVENTS_WINDOW_MS / 3_600_000} hours`;
  return events.newest ? `${count}, newest ${localTimeOfDay(events.newest)}` : count;
}

/** The report for people; `style` colours the marks (OK green, FAIL red, WARN yellow) at a terminal. */
export function verifyText(report: VerificationReport, style: Style = plain): string {
  const mark = (ok: boolean): string => (ok ? style.ok('OK  ') : style.bad('FAIL'));
  const lines = [`Mimecast API gateway: ${report.baseUrl}`, `${mark(report.token.ok)} Token: ${report.token.message}`];
  for (const check of report.checks) {
    lines.push(`${mark(check.ok)} ${check.permission} (${check.endpoint}): ${check.message}`);
    if (check.events) lines.push(`     ${checkCatalog[check.id].label}: ${eventsText(check.events)}`);
    if (!check.ok && check.hint) lines.push(`     Fix: ${check.hint}`);
  }
  const lp = report.leastPrivilege;
  if (lp) {
    lines.push(
      lp.ok
        ? `${mark(true)} Least privilege: every endpoint outside the ${permissionCount} permissions was refused.`
        : `${mark(false)} Least privilege: the role can read more than Arctic Wolf needs, or it could not be proved.`,
    );
    for (const probe of lp.probes) {
      const answer = probe.refused ? 'refused' : probe.outcome === 'allowed' ? style.bad('ALLOWED') : style.warn('unproven');
      lines.push(`     ${answer} ${probe.permission} (${probe.endpoint}): ${probe.message}`);
    }
  }
  for (const warning of report.warnings.filter((w) => w.code === 'no-events')) lines.push(`${style.warn('WARN')} ${warning.message}`);
  const failed = report.checks.filter((c) => !c.ok).length;
  const summary = report.ok
    ? `All good: the token and all ${report.checks.length} permissions work, and the role can read nothing more.`
    : !report.token.ok
      ? 'No token, so the permissions were not checked.'
      : failed > 0
        ? `${failed} of ${report.checks.length} permission checks failed.`
        : 'The permissions work, but least privilege is not proved: see above.';
  lines.push(`${summary} (${report.durationMs} ms)`);
  return lines.join('\n');
}

function baseUrlOption(context: CliContext): string | undefined {
  const raw = context.values['base-url'];
  if (raw === undefined) return undefined;
  const check = checkBaseUrl(String(raw));
  if (!check.ok) throw new UsageError(check.message, check.code);
  return check.baseUrl;
}

async function asInput<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError && inputErrorCodes.has(error.code)) throw new UsageError(storeProblemText(error.code, error.message), error.code);
    throw error;
  }
}

/** `verify [--base-url URL] [--client-id ID]`: token, the log probes, the least-privilege probes; the secret from stdin or the profile. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const baseUrl = baseUrlOption(context);
  const network = networkFromFlags(context);
  const clientId = context.values['client-id'];
  let report: VerificationReport;
  if (typeof clientId === 'string') {
    const typed = await context.readStdinLine('Client Secret');
    const services = context.services();
    // Registered before anything can fail, so no message or log line can carry it.
    services.redactor.register(typed.trim());
    // The rules a capture applies (a secret of at least 12 characters, no space inside, not the ID itself) apply
    // here too: a value too short to be a secret is never sent, nor could it be masked in what the server echoes.
    // The length-only swap guess is left out: verify has no --fields-confirmed to overrule it.
    const given = await asInput(() => Promise.resolve(cleanCredentialInput({ clientId, clientSecret: typed }, { confirmedFields: true })));
    const known = services.profiles.resolve(context.global.profile);
    report = await asInput(() =>
      services.verification.runWith({ clientId: given.clientId, clientSecret: given.clientSecret }, { ...(baseUrl ? { baseUrl } : {}), ...(known ? { profileId: known.id } : {}), ...(network ? { network } : {}) }),
    );
  } else {
    const profile = context.profile();
    report = await asInput(() => context.services().verification.run(profile.id, { source: 'cli', ...(baseUrl ? { baseUrl } : {}), ...(network ? { network } : {}) }));
  }
  return { exitCode: report.ok ? EXIT_OK : EXIT_FAILED, json: verifyJson(report), text: verifyText(report, context.style) };
}
