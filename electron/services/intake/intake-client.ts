import { intakeAcceptedSchema, type IntakeOutcome, type IntakeRequestBody } from '../../../shared/handoff/intake-contract.ts';
import type { NetworkFaultCode } from '../../../shared/net/network-faults.ts';
import { decideRetry, realSleep, type RetryPolicy } from '../http/retry-policy.ts';
import { createTransport, type NetworkOptions, type TransportOptions, type TransportOutcome } from '../http/transport.ts';
import { maskValues } from '../logging/redactor.ts';
import { checkIntakeUrl } from './intake-url.ts';
import { serverMessage } from './server-message.ts';
import { cleanServerText } from '../../../shared/text/server-text.ts';

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
  fault?: NetworkFaultCode;
}

export interface IntakeClientOptions {
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Per attempt, connection to last byte (a total deadline, not an idle timeout). */
  timeoutMs?: number;
  /** Applied to every message that leaves the client (the app's Redactor). */
  redact?: (text: string) => string;
  /** Registers a value to be masked everywhere (the app's Redactor): the proxy's credentials. */
  registerSecret?: (value: string) => void;
  /** Proxy and extra trusted roots, read for each submission (settings may change between two). */
  network?: () => NetworkOptions | Promise<NetworkOptions>;
  /** Name resolution for direct connections (tests). */
  lookup?: TransportOptions['lookup'];
}

export interface SubmitOptions {
  onProgress?: (progress: IntakeProgress) => void;
  /** This submission's proxy and roots (the CLI's --proxy/--ca-file), instead of the client's. */
  network?: NetworkOptions;
}

export interface IntakeClient {
  submit(submission: IntakeSubmission, options?: SubmitOptions): Promise<IntakeResult>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_RESPONSE_BYTES = 64 * 1024;

/** The contract's retries: 429, 5xx and network errors, 3 attempts in all, backoff 1 s, 2 s, honouring `Retry-After`
 *  up to a minute (a longer wait ends the attempts with an honest "try again after …"). */
const intakeRetryPolicy: RetryPolicy = { maxAttempts: 3, backoffMs: 1_000, maxWaitMs: 60_000, longWait: 'stop', retryNetworkFaults: true };

export function createIntakeClient(options: IntakeClientOptions = {}): IntakeClient {
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? (() => new Date());
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    async submit(submission, { onProgress, network } = {}) {
      const url = checkIntakeUrl(submission.url);
      // Built per submission: a bad CA file or proxy is reported before anything is sent.
      const transport = createTransport({
        network: network ?? (await options.network?.()),
        server: 'the intake',
        requestDeadlineMs: timeout,
        maxResponseBytes: MAX_RESPONSE_BYTES,
        responseType: 'text',
        registerSecret: options.registerSecret,
        lookup: options.lookup,
        now,
      });
      const send = (): Promise<TransportOutcome> =>
        transport.request({
          method: 'POST',
          url: url.href,
          data: JSON.stringify(submission.body),
          headers: {
            Authorization: `Bearer ${submission.token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': submission.idempotencyKey,
          },
        });
      const secrets = [submission.token, submission.body.clientSecret];
      const redact = (text: string): string => {
        const out = maskValues(text, secrets);
        return options.redact ? options.redact(out) : out;
      };
      const finish = (result: IntakeResult): IntakeResult => ({ ...result, message: redact(result.message) });
      const wait = async (attempt: number, waitMs: number): Promise<void> => {
        onProgress?.({ attempt, maxAttempts: intakeRetryPolicy.maxAttempts, phase: 'waiting', waitMs, message: `Attempt ${attempt} failed (${redact(last.message)}); trying again in ${Math.ceil(waitMs / 1000)} s.` });
        await sleep(waitMs);
      };

      const attempts = intakeRetryPolicy.maxAttempts;
      let last: IntakeResult = { ok: false, receiptId: null, status: null, attempts: 0, message: '' };
      for (let attempt = 1; ; attempt += 1) {
        onProgress?.({ attempt, maxAttempts: attempts, phase: 'sending', message: `Sending to ${url.host} (attempt ${attempt} of ${attempts})…` });
        const outcome = await send();

        if (outcome.kind === 'response') {
          const { status, data, headers } = outcome;
          const text = typeof data === 'string' ? data : '';
          const contentType = typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined;
          if (status >= 200 && status < 300) return finish(accepted(status, attempt, text, submission.idempotencyKey, redact));
          // Redacted whole first (a JSON-escaped echo), and again once serverMessage has cleaned the part it shows.
          const said = serverMessage(redact(text), contentType, redact);
          last = { ok: false, receiptId: null, status, attempts: attempt, message: `HTTP ${status}${said ? `: ${said}` : ''}` };
          const decision = decideRetry(intakeRetryPolicy, attempt, { kind: 'response', status, headers }, now());
          if (decision.retry) {
            await wait(attempt, decision.waitMs);
            continue;
          }
          if (decision.reason === 'final') return finish(refused(status, attempt, said));
          if (decision.reason === 'long-wait') {
            const when = new Date(now().getTime() + decision.waitMs).toISOString();
            return finish({ ...last, message: `The intake is busy and asked to wait until ${when} (${last.message}). Submit again after that time; the same idempotency key is reused, so nothing is recorded twice.` });
          }
          break;
        }
        const { code, message, status } = outcome.fault;
        last = { ok: false, receiptId: null, status, attempts: attempt, message, fault: code };
        const decision = decideRetry(intakeRetryPolicy, attempt, { kind: 'fault', code }, now());
        if (!decision.retry) {
          // A fault that retrying cannot mend (the certificate, the proxy's credentials) is reported as it is.
          if (decision.reason === 'final') return finish(last);
          break;
        }
        await wait(attempt, decision.waitMs);
      }
      const lastWords = last.fault ? last.message : `The intake answered ${last.message}.`;
      return finish({
        ...last,
        message: `The intake did not accept the credentials after ${last.attempts} attempts. ${lastWords} Submit again later: the same idempotency key is reused, so nothing is recorded twice.`,
      });
    },
  };
}

function accepted(status: number, attempts: number, body: string, idempotencyKey: string, redact: (text: string) => string): IntakeResult {
  let receiptId = idempotencyKey;
  let note = '';
  try {
    const parsed = intakeAcceptedSchema.safeParse(JSON.parse(body));
    if (parsed.success) {
      // The receipt id is the server's text and is stored, shown and printed in the report: it is kept only when it is
      // already clean (no control, escape or invisible character, no compatibility form: `cleanServerText` leaves it
      // as it is) and, read that way, holds no piece of a secret; otherwise the idempotency key stands in for it.
      const id = parsed.data.id;
      if (cleanServerText(id) === id && redact(id) === id) receiptId = id;
      else note = ' The receipt id the intake sent back was not kept, because it contained part of a secret or unprintable characters; the idempotency key stands in for it. Tell the intake’s owner.';
    }
  } catch {
    // No JSON body: the idempotency key is the receipt, as the contract says.
  }
  return { ok: true, receiptId, status, attempts, message: `The intake accepted the credentials (HTTP ${status}). Receipt: ${receiptId}.${note}` };
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
