import { z } from 'zod';
import { serverTextExcerpt } from '../../../shared/text/server-text.ts';

/**
 * Zod schemas for what Mimecast answers. Bodies are parsed defensively: the error shapes are not all documented, so
 * every plausible place for a code and message is read, and anything unexpected is reported, never trusted.
 */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
});

const errorItemSchema = z.object({ code: z.string().optional(), message: z.string().optional(), retryable: z.boolean().optional() });
const failItemSchema = z.object({
  errors: z.array(errorItemSchema).optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});

export const dataEnvelopeSchema = z.object({
  meta: z.object({ status: z.number().optional() }).loose().optional(),
  data: z.array(z.unknown()),
  fail: z.array(failItemSchema).optional(),
});

const looseFailSchema = z.object({ fail: z.array(failItemSchema).min(1) });
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });
const nestedErrorSchema = z.object({ error: z.object({ code: z.string().optional(), message: z.string().optional() }) });
const messageSchema = z.object({ message: z.string(), code: z.string().optional() });

export interface ServerError {
  code?: string;
  message?: string;
}

/** A server's code and message as text that is safe to show (`serverTextExcerpt`), of a sane length; an empty one is left out. */
function cleaned({ code, message }: ServerError): ServerError {
  const safe = (text: string | undefined, max: number) => (text === undefined ? undefined : serverTextExcerpt(text, max) || undefined);
  return { code: safe(code, 100), message: safe(message, 1_000) };
}

/** The first error a body carries, wherever Mimecast or a peer put it, cleaned for showing; undefined when there is none. */
export function firstServerError(body: unknown): ServerError | undefined {
  const found = findServerError(body);
  return found && cleaned(found);
}

function findServerError(body: unknown): ServerError | undefined {
  const fail = looseFailSchema.safeParse(body);
  if (fail.success) {
    const item = fail.data.fail[0]!;
    const nested = item.errors?.[0];
    if (nested && (nested.code || nested.message)) return { code: nested.code, message: nested.message };
    if (item.code || item.message) return { code: item.code, message: item.message };
  }
  const nested = nestedErrorSchema.safeParse(body);
  if (nested.success && (nested.data.error.code || nested.data.error.message)) return nested.data.error;
  const oauth = oauthErrorSchema.safeParse(body);
  if (oauth.success) return { code: oauth.data.error, message: oauth.data.error_description };
  const plain = messageSchema.safeParse(body);
  if (plain.success) return plain.data;
  if (typeof body === 'string' && body.trim() && body.length < 300 && !body.trimStart().startsWith('<')) return { message: body.trim() };
  return undefined;
}

/** Every error in a body's `fail[]` (each item's `errors[]`, or the item's own code and message); empty when none. */
export function failErrors(body: unknown): ServerError[] {
  const fail = looseFailSchema.safeParse(body);
  if (!fail.success) return [];
  return fail.data.fail
    .flatMap((item) => (item.errors?.length ? item.errors : [item]))
    .map(cleaned)
    .filter((error) => error.code || error.message);
}

/** RFC 6750's `b64token`: the characters a bearer token is made of. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9\-._~+/]+=*$/;
const MIN_TOKEN_LENGTH = 16;
const MAX_TOKEN_LENGTH = 8_192;
/** Runs this long are what the redactor masks (its PIECE_LENGTH): a token must share none with the product's own text. */
const SHARED_RUN = 8;
/** Words the product itself writes in every report and message. */
const OWN_WORDS = ['mimecast', 'services', 'application', 'permission', 'authorization', 'verification', 'monitoring', 'protection'];

/**
 * Whether an access token a server issued looks like a real one. Every token is registered with the redactor, which
 * then masks it (and every 8-character run of it) wherever it appears: a server that chooses `data` as its token
 * breaks every answer it sends, and one that chooses `127.0.0.1:<port>` rewrites the gateway's address in what the
 * product shows and sends on. So a token shorter than 16 characters, with characters no bearer token has, with fewer
 * than 8 different characters, or sharing an 8-character run with the gateway URL, the endpoint paths or the
 * product's own words is refused — and never registered.
 */
export function isPlausibleAccessToken(token: string, ownText: readonly string[]): boolean {
  if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH || !TOKEN_CHARACTERS.test(token)) return false;
  if (new Set(token).size < SHARED_RUN) return false;
  const own = [...ownText, ...OWN_WORDS].join('\n').toLowerCase();
  const folded = token.toLowerCase();
  for (let i = 0; i + SHARED_RUN <= folded.length; i += 1) if (own.includes(folded.slice(i, i + SHARED_RUN))) return false;
  return true;
}

/** The 401 answers that mean "this token is no longer good" (a fresh one may work), per the reference. */
const TOKEN_CODES = new Set(['token_expired', 'token_verification_failed', 'unauthorized']);

export function isTokenRejection(body: unknown): boolean {
  const error = firstServerError(body);
  if (error?.code && TOKEN_CODES.has(error.code.toLowerCase())) return true;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return /unauthori[sz]ed request/i.test(text);
}
