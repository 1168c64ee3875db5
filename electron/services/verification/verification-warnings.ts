import { checkCatalog } from '../../../shared/verification/checks.ts';
import type { CheckId, CheckResult, LeastPrivilege, VerificationWarning } from '../../../shared/verification/report.ts';
import { EVENTS_WINDOW_MS } from './probes.ts';

/**
 * What the admin should know beside pass/fail: a log with no recent records (`no-events`, not a failure: a quiet
 * tenant is normal, but it is also how an unlicensed module or a missing policy looks), and which permission to
 * remove when the role reads more than it should.
 */

const hours = EVENTS_WINDOW_MS / 3_600_000;

/** The likely reasons a log is empty, most common first. */
function quietCauses(id: CheckId): string {
  const module = checkCatalog[id].ttpModule;
  if (!module) return 'no administrator or API activity was logged in that time (normal on a quiet account)';
  const policy = checkCatalog[id].label.replace(/ logs$/i, '');
  return `no traffic yet (a new or quiet account), the ${module} module is not licensed, or no ${policy} policy applies to your users`;
}

function noEventsWarning(check: CheckResult): VerificationWarning | undefined {
  if (!check.ok || !check.events || check.events.count > 0) return undefined;
  const { label } = checkCatalog[check.id];
  return {
    code: 'no-events',
    check: check.id,
    message: `No ${label} in the last ${hours} hours. The permission works, but there is nothing for Arctic Wolf to collect yet. Likely causes: ${quietCauses(check.id)}. If mail is flowing and this stays empty, check the licence and the policy in the Mimecast console.`,
  };
}

function leastPrivilegeWarnings(leastPrivilege: LeastPrivilege | null): VerificationWarning[] {
  if (!leastPrivilege) return [];
  return leastPrivilege.probes.flatMap((probe): VerificationWarning[] => {
    if (probe.outcome === 'allowed') return [{ code: 'over-privileged', check: null, message: `Remove “${probe.permission}” from the role. ${probe.message}` }];
    if (probe.outcome === 'unproven') return [{ code: 'least-privilege-unproven', check: null, message: probe.message }];
    return [];
  });
}

export function verificationWarnings(checks: CheckResult[], leastPrivilege: LeastPrivilege | null): VerificationWarning[] {
  const quiet = checks.map(noEventsWarning).filter((w): w is VerificationWarning => w !== undefined);
  return [...leastPrivilegeWarnings(leastPrivilege), ...quiet];
}
