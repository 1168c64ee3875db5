import { leastPrivilegeCatalog, type LeastPrivilegeProbeId } from '../../../shared/verification/checks.ts';
import type { LeastPrivilegeProbe } from '../../../shared/verification/report.ts';
import { ROLE_PATH } from './diagnosis.ts';
import { serverTextExcerpt } from '../../../shared/text/server-text.ts';
import { dataEnvelopeSchema, failErrors, firstServerError, type ServerError } from '../mimecast/envelope.ts';
import type { DataOutcome } from '../mimecast/mimecast-client.ts';

/**
 * Reads a least-privilege probe's answer. Only Mimecast's own refusal shapes prove a refusal (good): HTTP 403, or an
 * error in the envelope's `fail[]` whose code or message says "not allowed" (Mimecast may say "no" with HTTP 200).
 * Allowed (over-privileged) is a clean data envelope. Anything else — a 401, a 400, a plain-text answer, a top-level
 * `message` of any wording — proves nothing either way and is reported as unproven, with what was seen, never as a
 * pass: a server (or a proxy in between) must not be able to fake the proof by choosing its words.
 */

/** `fail[].code` values that mean "not allowed": Mimecast's documented `app_forbidden` and the plausible licence codes. */
const REFUSAL_CODE = /forbidden|permission|access[ _-]?denied|not[ _-]?authori[sz]ed|licen[cs]|not[ _-]?entitled/i;
/** `fail[].message` wordings that mean "not allowed" (a word like "permission" or "product" alone does not). */
const REFUSAL_MESSAGE =
  /forbidden|access (?:is )?denied|permission (?:is )?denied|(?:does not|doesn't) have (?:the )?(?:required )?permission|insufficient (?:permission|privilege)|not (?:authori[sz]ed|permitted|allowed|entitled|licen[cs]ed)|does not exist in any product assigned|licen[cs]e check failed/i;

const isRefusal = (error: ServerError): boolean =>
  (error.code !== undefined && REFUSAL_CODE.test(error.code)) || (error.message !== undefined && REFUSAL_MESSAGE.test(error.message));

/** What the answer said, in a few words the admin can compare with the gateway's logs. */
function seen(body: unknown): string {
  const error = firstServerError(body);
  const text = error ? [error.code, error.message].filter(Boolean).join(': ') : typeof body === 'string' ? body : '';
  const excerpt = serverTextExcerpt(text, 80);
  return excerpt ? ` (“${excerpt}”)` : '';
}

function verdict(outcome: DataOutcome): { result: LeastPrivilegeProbe['outcome']; status: number | null; reason: string } {
  if (outcome.kind === 'token-failed') return { result: 'unproven', status: null, reason: 'no access token could be had for it' };
  if (outcome.kind === 'network') return { result: 'unproven', status: null, reason: outcome.message };
  const { status, body } = outcome;
  const refusal = failErrors(body).find(isRefusal);
  const refusable = status >= 200 && status < 500 && status !== 404 && status !== 429;
  if (status === 403 || (refusal && refusable)) {
    const code = (refusal ?? firstServerError(body))?.code;
    return { result: 'refused', status, reason: `HTTP ${status}${code ? `, ${serverTextExcerpt(code, 40)}` : ''}` };
  }
  if (status >= 200 && status < 300) {
    const envelope = dataEnvelopeSchema.safeParse(body);
    if (envelope.success && !envelope.data.fail?.length) return { result: 'allowed', status, reason: `HTTP ${status} with data` };
    return { result: 'unproven', status, reason: `HTTP ${status} without a refusal Mimecast would send${seen(body)}` };
  }
  if (status === 404) return { result: 'unproven', status, reason: 'the gateway does not know the endpoint (HTTP 404)' };
  if (status === 429) return { result: 'unproven', status, reason: 'the rate limit was reached (HTTP 429)' };
  return { result: 'unproven', status, reason: `HTTP ${status}, which is not a refusal${seen(body)}` };
}

export function leastPrivilegeResult(id: LeastPrivilegeProbeId, outcome: DataOutcome): LeastPrivilegeProbe {
  const { endpoint, permission, label } = leastPrivilegeCatalog[id];
  const { result, status, reason } = verdict(outcome);
  const message =
    result === 'refused'
      ? `Refused, as it should be: the role cannot read ${label} (${reason}).`
      : result === 'allowed'
        ? `Mimecast returned ${label}: the role holds “${permission}”, which Arctic Wolf does not need. In ${ROLE_PATH}, open the role assigned to the API application, clear “${permission}”, Save and Exit, then verify again.`
        : `It could not be proved that the role cannot read ${label}: ${reason}. Run the check again; if it repeats, open the role in ${ROLE_PATH} and confirm “${permission}” is cleared.`;
  return { id, endpoint, permission, refused: result === 'refused', status, outcome: result, message };
}
