import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { intakeAcceptedSchema, type IntakeOutcome, type IntakeRequestBody, type NetworkFault } from '../../../shared/handoff/intake-contract.ts';
import { isLoopbackHost } from '../../../shared/net/loopback.ts';
import { headerValue, parseRetryAfter } from '../http/retry-after.ts';
import { realSleep } from '../http/sleep.ts';
import { maskValues } from '../logging/redactor.ts';
import { checkIntakeUrl } from './intake-url.ts';
import { classifyNetworkFault, describeNetworkFault } from './network-fault.ts';
import { MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, backoffMs, isRetryableStatus } from './retry-policy.ts';
import { serverMessage } from './server-message.ts';

export interface IntakeSubmission {
  url: string;
  token: string;
  /** The same for every retry of one credential set (and across restarts): the intake records it once. */
  idempotencyKey: string;
  body: IntakeRequestBody;
}

/** Pushed before each attempt and before each wait, for the progress line in the UI. */
export interface IntakeProgress {
  attempt: number;
  maxAttempts: number;
  phase: 'sending' | 'waiting';
  waitMs?: number;
  message: string;
}

export interface IntakeResult extends IntakeOutcome {
  fault?: NetworkFault;
}

export interface IntakeClientOptions {
  /** An axios instance; the default one uses Node's HTTPS with certificate checks on. */
  http?: AxiosInstance;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  timeoutMs?: number;
  /** Applied to every message that leaves the client (the app's Redactor). */
  redact?: (text: string) => string;
}

export interface IntakeClient {
  submit(submission: IntakeSubmission, onProgress?: (progress: IntakeProgress) => void): Promise<IntakeResult>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_RESPONSE_BYTES = 64 * 1024;

type Attempt = { kind: 'response'; response: AxiosResponse<string> } | { kind: 'fault'; fault: NetworkFault };

export function createIntakeClient(options: IntakeClientOptions = {}): IntakeClient {
  const http = options.http ?? axios.create();
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => new Date());
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(url: URL, submission: IntakeSubmission): Promise<Attempt> {
    try {
      const response = await http.request<string>({
        // Node's http/https stack always (never XHR or fetch): certificate checks and socket error codes are Node's.
        adapter: 'http',
        method: 'POST',
        url: url.href,
        data: JSON.stringify(submission.body),
        headers: {
          Authorization: `Bearer ${submission.token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': submission.idempotencyKey,
        },
        timeout,
        // Statuses are ours to judge; redirects are not followed, or the secret could be re-posted to another host.
        validateStatus: () => true,
        maxRedirects: 0,
        maxContentLength: MAX_RESPONSE_BYTES,
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
        // A loopback intake never goes through a proxy from the environment.
        ...(isLoopbackHost(url.hostname) ? { proxy: false as const } : {}),
      });
      return { kind: 'response', response };
    } catch (error) {
      return { kind: 'fault', fault: classifyNetworkFault(error) };
    }
  }

  return {
    async submit(submission, onProgress) {
      const url = checkIntakeUrl(submission.url);
      const secrets = [submission.token, submission.body.clientSecret];
      const redact = (text: string): string => {
        const out = maskValues(text, secrets);
        return options.redact ? options.redact(out) : out;
      };
      const finish = (result: IntakeResult): IntakeResult => ({ ...result, message: redact(result.message) });

      let last: IntakeResult = { ok: false, receiptId: null, status: null, attempts: 0, message: '' };
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        onProgress?.({ attempt, maxAttempts: MAX_ATTEMPTS, phase: 'sending', message: `Sending to ${url.host} (attempt ${attempt} of ${MAX_ATTEMPTS})…` });
        const outcome = await send(url, submission);

        let retryAfter: number | undefined;
        if (outcome.kind === 'response') {
          const { status, data, headers } = outcome.response;
          const text = typeof data === 'string' ? data : '';
          const contentType = typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined;
          if (status >= 200 && status < 300) return finish(accepted(status, attempt, text, submission.idempotencyKey));
          const said = serverMessage(text, contentType);
          if (!isRetryableStatus(status)) return finish(refused(status, attempt, said));
          last = { ok: false, receiptId: null, status, attempts: attempt, message: `HTTP ${status}${said ? `: ${said}` : ''}` };
          retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), now());
        } else {
          last = { ok: false, receiptId: null, status: null, attempts: attempt, message: describeNetworkFault(outcome.fault, url.host), fault: outcome.fault };
        }

        if (attempt === MAX_ATTEMPTS) break;
        if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) {
          const when = new Date(now().getTime() + retryAfter).toISOString();
          return finish({ ...last, message: `The intake is busy and asked to wait until ${when} (${last.message}). Submit again after that time; the same idempotency key is reused, so nothing is recorded twice.` });
        }
        const waitMs = retryAfter ?? backoffMs(attempt);
        onProgress?.({ attempt, maxAttempts: MAX_ATTEMPTS, phase: 'waiting', waitMs, message: `Attempt ${attempt} failed (${redact(last.message)}); trying again in ${Math.ceil(waitMs / 1000)} s.` });
        await sleep(waitMs);
      }
      const lastWords = last.fault ? last.message : `The intake answered ${last.message}.`;
      return finish({
        ...last,
        message: `The intake did not accept the credentials after ${last.attempts} attempts. ${lastWords} Submit again later: the same idempotency key is reused, so nothing is recorded twice.`,
      });
    },
  };
}

function accepted(status: number, attempts: number, body: string, idempotencyKey: string): IntakeResult {
  let receiptId = idempotencyKey;
  try {
    const parsed = intakeAcceptedSchema.safeParse(JSON.parse(body));
    if (parsed.success) receiptId = parsed.data.id;
  } catch {
    // No JSON body: the idempotency key is the receipt, as the contract says.
  }
  return { ok: true, receiptId, status, attempts, message: `The intake accepted the credentials (HTTP ${status}). Receipt: ${receiptId}.` };
}

function refused(status: number, attempts: number, said: string | undefined): IntakeResult {
  const what = said ? `: “${said}”` : '';
  const next =
    status === 401 || status === 403
      ? 'Check the intake token (ask the intake’s owner for a valid one) and submit again.'
      : status >= 300 && status < 400
        ? 'The intake redirected the request, which the app does not follow with credentials. Enter the final HTTPS address of the intake.'
        : 'Correct what it names, then submit again.';
  return { ok: false, receiptId: null, status, attempts, message: `The intake refused the submission (HTTP ${status})${what}. ${next}` };
}
