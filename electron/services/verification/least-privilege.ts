import { leastPrivilegeCatalog, type LeastPrivilegeProbeId } from '../../../shared/verification/checks.ts';
import type { LeastPrivilegeProbe } from '../../../shared/verification/report.ts';
import { ROLE_PATH } from './diagnosis.ts';
import { dataEnvelopeSchema, firstServerError, type ServerError } from '../mimecast/envelope.ts';
import type { DataOutcome } from '../mimecast/mimecast-client.ts';

/**
 * Reads a least-privilege probe's answer. Refused (good) is a 403, a 401 after a fresh token (the token itself was
 * just proved by the log probes), or any answer whose `fail[]` speaks of permission, product or licence — Mimecast
 * may say "no" with HTTP 200. Allowed (over-privileged) is a clean data envelope. Anything else proves nothing either
 * way and is reported as unproven, never as a pass.
 */

/** Codes and messages that mean "not allowed", from Mimecast's documented codes and what peers have seen. */
const REFUSAL_PATTERN = /forbidden|permission|not[ _-]?authori[sz]ed|unauthori[sz]ed|access[ _-]?denied|licen[cs]|not[ _-]?entitled|product/i;

const isRefusal = (error: ServerError | undefined): boolean =>
  error !== undefined && REFUSAL_PATTERN.test(`${error.code ?? ''} ${error.message ?? ''}`);

function verdict(outcome: DataOutcome): { result: LeastPrivilegeProbe['outcome']; status: number | null; reason: string } {
  if (outcome.kind === 'token-failed') return { result: 'unproven', status: null, reason: 'no access token could be had for it' };
  if (outcome.kind === 'network') return { result: 'unproven', status: null, reason: outcome.message };
  const { status, body } = outcome;
  const server = firstServerError(body);
  if (status === 403 || status === 401 || (isRefusal(server) && status < 500 && status !== 404 && status !== 429)) {
    return { result: 'refused', status, reason: `HTTP ${status}${server?.code ? `, ${server.code}` : ''}` };
  }
  if (status >= 200 && status < 300) {
    const envelope = dataEnvelopeSchema.safeParse(body);
    if (envelope.success && !envelope.data.fail?.length) return { result: 'allowed', status, reason: `HTTP ${status} with data` };
    return { result: 'unproven', status, reason: `HTTP ${status} without a readable answer${server?.code ? ` (${server.code})` : ''}` };
  }
  if (status === 404) return { result: 'unproven', status, reason: 'the gateway does not know the endpoint (HTTP 404)' };
  if (status === 429) return { result: 'unproven', status, reason: 'the rate limit was reached (HTTP 429)' };
  return { result: 'unproven', status, reason: `HTTP ${status}` };
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
