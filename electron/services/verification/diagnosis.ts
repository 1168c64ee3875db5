import { checkCatalog } from '../../../shared/verification/checks.ts';
import type { CheckId, CheckResult, VerificationReport } from '../../../shared/verification/report.ts';
import { dataEnvelopeSchema, firstServerError, tokenResponseSchema } from '../mimecast/envelope.ts';
import { isUsableToken, type DataOutcome, type HttpOutcome } from '../mimecast/mimecast-client.ts';
import { requestedWaitMs } from '../http/retry-policy.ts';
import { serverTextExcerpt } from '../../../shared/text/server-text.ts';

/**
 * Turns raw outcomes into the report's rows: a stable code, what happened, and what to change in the console.
 * Wording follows the Mimecast console so the admin can find the setting by its name.
 */

type TokenResult = VerificationReport['token'];

const REGENERATE_PATH =
  'open the API application in the Mimecast console > Manage API 2.0 credentials > Generate, then capture the new Client ID and Client Secret';

export const ROLE_PATH = 'Administration > Account > Roles (New Menu: Account > Admin Roles)';
const PRODUCTS_PATH =
  'Integrations > Integrations Hub (older page: Administration > Services > API and Platform Integrations; Cloud Integrated: Integrations > API 2.0 Applications)';

function serverSays(body: unknown): string {
  const error = firstServerError(body);
  const text = error?.message ?? error?.code;
  return text ? ` Mimecast said: “${text.slice(0, 200)}”.` : '';
}

/** A 429 body may explain itself in a `detail` field (problem+json style) or in the usual `fail[]` errors. */
function rateLimitDetail(body: unknown): string {
  const detail = typeof body === 'object' && body !== null && 'detail' in body ? (body).detail : undefined;
  const said = typeof detail === 'string' ? serverTextExcerpt(detail, 200) : '';
  if (said !== '') return ` Mimecast said: “${said}”.`;
  return serverSays(body);
}

function rateLimitedMessage(outcome: Extract<HttpOutcome, { kind: 'response' }>, now: Date, what: string): string {
  const wait = requestedWaitMs(outcome.headers, now);
  const when = wait === undefined ? 'a minute' : `${Math.max(1, Math.ceil(wait / 1000))} seconds`;
  return `Mimecast's rate limit for this application was reached while ${what} (HTTP 429), and it was still in force after ${outcome.retries} retries.${rateLimitDetail(outcome.body)} Wait about ${when}, then run the check again. Quotas are counted per application and per API function.`;
}

export const tokenSuccess: TokenResult = {
  ok: true,
  status: 200,
  code: null,
  message: 'Mimecast issued an access token: the Client ID and Client Secret are valid.',
};

export function tokenFailure(outcome: HttpOutcome, baseUrl: string, now: Date): TokenResult {
  if (outcome.kind === 'network') return { ok: false, status: null, code: outcome.code, message: outcome.message };
  const { status, body } = outcome;
  const server = firstServerError(body);
  if (status === 401 || (status === 400 && server?.code === 'invalid_client')) {
    return {
      ok: false,
      status,
      code: 'invalid-credentials',
      message: `Mimecast rejected the Client ID or Client Secret (HTTP ${status}).${serverSays(body)} Copy both values again, exactly; if the secret was not saved when it was shown, generate new keys: ${REGENERATE_PATH}.`,
    };
  }
  if (status === 429) return { ok: false, status, code: 'rate-limited', message: rateLimitedMessage(outcome, now, 'getting a token') };
  if (status >= 500) {
    return {
      ok: false,
      status,
      code: 'server-error',
      message: `Mimecast's token service had a problem (HTTP ${status}) and still did after ${outcome.retries} retries. Wait a few minutes and run the check again.`,
    };
  }
  const issued = tokenResponseSchema.safeParse(body);
  if (status >= 200 && status < 300 && issued.success && !isUsableToken(issued.data.access_token, baseUrl)) {
    return {
      ok: false,
      status,
      code: 'token-implausible',
      message: `${baseUrl} issued an access token too short or too plain to be a real one (at least 16 characters of a bearer token, none of it taken from the gateway's address or paths), so it was not used. Check that the base URL is a Mimecast API 2.0 gateway and not another server or a proxy answering in its place.`,
    };
  }
  if (status >= 200 && status < 300 && !issued.success) {
    return {
      ok: false,
      status,
      code: 'unexpected-response',
      message: `${baseUrl} answered the token request, but not with an access token. Check that the base URL is a Mimecast API 2.0 gateway.`,
    };
  }
  if (status === 404 || (status >= 300 && status < 400)) {
    return {
      ok: false,
      status,
      code: 'unexpected-status',
      message: `${baseUrl}/oauth/token is not a Mimecast API 2.0 token endpoint (HTTP ${status}). Choose Global, US or UK, or check the custom base URL.`,
    };
  }
  return {
    ok: false,
    status,
    code: server?.code ?? 'token-refused',
    message: `Mimecast refused to issue a token (HTTP ${status}).${serverSays(body)} Check that the API application is enabled and the keys are current; if they are not, ${REGENERATE_PATH}.`,
  };
}

function row(id: CheckId, fields: Omit<CheckResult, 'id' | 'permission' | 'endpoint' | 'events'>): CheckResult {
  const { permission, endpoint } = checkCatalog[id];
  // The recent events are read from the same answer by the caller (probes.ts); a failed check has none.
  return { id, permission, endpoint, events: null, ...fields };
}

function productsFailure(id: CheckId, status: number, message: string): CheckResult {
  const { label } = checkCatalog[id];
  return row(id, {
    ok: false,
    status,
    code: 'app_forbidden',
    message: `The API application is not allowed to call the ${label} endpoint: the endpoint is in no product assigned to the application.${message ? ` Mimecast said: “${message.slice(0, 200)}”.` : ''}`,
    hint: `Edit the application's Products (${PRODUCTS_PATH} > your application) and include the product that covers ${label}; in the Integrations Hub, where Products cannot be changed after saving, create a new application.`,
    fixStep: 'create-application',
  });
}

/**
 * A 403 without `app_forbidden`. Mimecast says a 403 can mean either the role lacks the permission or the
 * application's Products do not cover the endpoint, so the hint names both, the role first (the likelier one).
 */
function permissionFailure(id: CheckId, status: number, code: string | undefined, body: unknown): CheckResult {
  const { permission, label } = checkCatalog[id];
  return row(id, {
    ok: false,
    status,
    code: code ?? 'forbidden',
    message: `Mimecast refused to let the application read ${label} (HTTP ${status}): its role is missing “${permission}”, or its Products do not include the product that covers ${label}.${serverSays(body)}`,
    hint: `First the role: in ${ROLE_PATH}, open the role assigned to the API application, tick “${permission}” under Application Permissions, Save and Exit. If it is already ticked, check the application's Products (${PRODUCTS_PATH} > your application); in the Integrations Hub, Products cannot be changed after saving, so create a new application. Then run the check again.`,
    fixStep: 'create-role',
  });
}

export function checkResult(id: CheckId, outcome: DataOutcome, baseUrl: string, now: Date): CheckResult {
  const { label } = checkCatalog[id];
  if (outcome.kind === 'token-failed') {
    const token = tokenFailure(outcome.outcome, baseUrl, now);
    return row(id, {
      ok: false,
      status: token.status,
      code: token.code,
      message: `The access token expired during the check and a new one could not be obtained. ${token.message}`,
      hint: 'Run the check again; if the token keeps failing, capture the keys again.',
      fixStep: 'capture-keys',
    });
  }
  if (outcome.kind === 'network') {
    return row(id, { ok: false, status: null, code: outcome.code, message: outcome.message, hint: 'Fix the connection, then run the check again.' });
  }
  const { status, body } = outcome;
  const server = firstServerError(body);
  if (status >= 200 && status < 300) {
    const envelope = dataEnvelopeSchema.safeParse(body);
    const failure = envelope.success ? envelope.data.fail?.[0] : undefined;
    if (envelope.success && !failure) {
      return row(id, { ok: true, status, code: null, message: `The application can read ${label}.`, hint: '' });
    }
    if (server?.code === 'app_forbidden') return productsFailure(id, status, server.message ?? '');
    if (!envelope.success || !server) {
      return row(id, {
        ok: false,
        status,
        code: envelope.success ? 'request-failed' : 'unexpected-response',
        message: `Mimecast answered, but not with the ${label} the request asked for. Check that the base URL is a Mimecast API 2.0 gateway.`,
        hint: 'Choose Global, US or UK as the gateway, or correct the custom base URL, then run the check again.',
      });
    }
    // HTTP 200 with a `fail` entry: the request failed, whatever the status line says.
    return row(id, {
      ok: false,
      status,
      code: server.code ?? 'request-failed',
      message: `Mimecast refused the request for ${label}: “${(server.message ?? server.code ?? '').slice(0, 200)}”.`,
      hint: `Check that the application's role includes “${checkCatalog[id].permission}” and that its Products cover ${label}, then run the check again.`,
      fixStep: 'create-role',
    });
  }
  if (server?.code === 'app_forbidden') return productsFailure(id, status, server.message ?? '');
  if (status === 403) return permissionFailure(id, status, server?.code, body);
  if (status === 401) {
    return row(id, {
      ok: false,
      status,
      code: server?.code ?? 'unauthorized',
      message: `Mimecast did not accept the access token for ${label} (HTTP 401), even after a fresh token.${serverSays(body)}`,
      hint: `Run the check again; if it repeats, the keys may have been replaced: ${REGENERATE_PATH}.`,
      fixStep: 'capture-keys',
    });
  }
  if (status === 429) {
    return row(id, { ok: false, status, code: 'rate-limited', message: rateLimitedMessage(outcome, now, `reading ${label}`), hint: 'Wait, then run the check again.' });
  }
  if (status >= 500) {
    return row(id, {
      ok: false,
      status,
      code: 'server-error',
      message: `Mimecast had a problem answering for ${label} (HTTP ${status}) and still did after ${outcome.retries} retries.`,
      hint: 'Wait a few minutes and run the check again; Mimecast’s status page shows service incidents.',
    });
  }
  return row(id, {
    ok: false,
    status,
    code: server?.code ?? 'unexpected-status',
    message: `Mimecast answered the ${label} request with HTTP ${status}.${serverSays(body)}`,
    hint: 'Check the gateway and run the check again.',
  });
}
