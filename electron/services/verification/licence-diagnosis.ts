import { checkCatalog } from '../../../shared/verification/checks.ts';
import type { CheckResult } from '../../../shared/verification/report.ts';
import { firstServerError } from '../mimecast/envelope.ts';
import type { DataOutcome } from '../mimecast/mimecast-client.ts';

/**
 * Tells, per Targeted Threat Protection module, why a log was refused: the role's permission, the application's
 * Products, or the account's licence for the module. Mimecast documents `app_forbidden` for the Products case; how a
 * missing licence answers is not documented (a licence code such as `err_licence_check_failed`, a plain 403, or an
 * empty log are all plausible), so a code or message that names the licence is believed, and a plain refusal of a TTP
 * log says both causes and how to tell them apart in the console.
 */

const LICENCE_PATTERN = /licen[cs]|not[ _-]?entitled|subscription|not[ _-]?purchased/i;
const PERMISSION_PATTERN = /forbidden|permission|not[ _-]?authori[sz]ed|access[ _-]?denied/i;

function serverTextOf(outcome: DataOutcome): { code: string; message: string; status: number } | undefined {
  if (outcome.kind !== 'response') return undefined;
  const error = firstServerError(outcome.body);
  return { code: error?.code ?? '', message: error?.message ?? '', status: outcome.status };
}

/** The refused check, with its cause and, for a TTP module, the licence named where it may be the reason. */
export function diagnoseRefusal(check: CheckResult, outcome: DataOutcome): CheckResult {
  if (check.ok) return check;
  const server = serverTextOf(outcome);
  if (!server) return check;
  const { permission, label, ttpModule: module } = checkCatalog[check.id];
  const text = `${server.code} ${server.message}`;

  if (LICENCE_PATTERN.test(text)) {
    const name = module ?? label;
    return {
      ...check,
      code: 'module-not-licensed',
      cause: 'licence',
      message: `The account is not licensed for ${name}, so there are no ${label} to read (HTTP ${server.status}). Mimecast said: “${server.message.slice(0, 200) || server.code}”.`,
      hint: `Ticking “${permission}” will not help while the module is unlicensed. Confirm the ${name} licence with your Mimecast account manager; until then Arctic Wolf receives no ${label}.`,
    };
  }
  if (check.code === 'app_forbidden') {
    return module
      ? { ...check, cause: 'products', hint: `${check.hint} If the product for ${label} is not offered there, the account is probably not licensed for ${module}.` }
      : { ...check, cause: 'products' };
  }
  const refused = server.status === 403 || (server.status >= 200 && server.status < 300 && PERMISSION_PATTERN.test(text));
  if (!refused) return check;
  if (!module) return { ...check, cause: 'permission' };
  // The two causes named once, in the message; the hint is the fix, in the order to try it (role, Products, licence).
  const said = server.message || server.code;
  return {
    ...check,
    cause: 'permission-or-licence',
    message:
      `Mimecast refused to let the application read ${label} (HTTP ${server.status}): the role or the licence — its answer does not say which ` +
      `(the role may lack “${permission}”, or the account may have no ${module} licence).${said ? ` Mimecast said: “${said.slice(0, 200)}”.` : ''}`,
    hint: `${check.hint} If the role and the Products are right, or “${permission}” is not offered in the role editor, confirm the ${module} licence with your Mimecast account manager.`,
  };
}

/** Every TTP log refused while the audit log reads fine points at the whole Targeted Threat Protection licence. */
export function withTtpLicenceHint(checks: CheckResult[]): CheckResult[] {
  const isTtp = (c: CheckResult): boolean => checkCatalog[c.id].ttpModule !== null;
  const outsideTtp = checks.filter((c) => !isTtp(c));
  const ttp = checks.filter(isTtp);
  const refused = (c: CheckResult): boolean => c.cause === 'permission-or-licence' || c.cause === 'licence' || c.cause === 'products';
  if (outsideTtp.length === 0 || !outsideTtp.every((c) => c.ok) || ttp.length < 2 || !ttp.every(refused)) return checks;
  const note = `All ${ttp.length} Targeted Threat Protection logs are refused while the audit log works: most likely the account has no Targeted Threat Protection (TTP) licence.`;
  return checks.map((c) => (isTtp(c) && c.cause !== 'licence' ? { ...c, hint: `${c.hint} ${note}` } : c));
}
