import { cleanServerText } from '../../../shared/text/server-text.ts';

/**
 * The one redaction helper. Every value registered here (a client secret, a bearer token, an intake token) is
 * replaced by a fixed mask wherever it appears in text that leaves the process: log lines, error messages, reports.
 * Registration happens where the value enters the process, so a path that forgets to redact still cannot leak it.
 * Matching ignores letter case (an echo in capitals is still the secret); text from a server is cleaned of
 * invisible characters and compatibility forms first (`redactServerBody`), so a disguised echo is caught too.
 *
 * A server can echo a secret back in any shape: whole, cut short to fit a message, inside the form-encoded token
 * request it was sent in, JSON-escaped, or as `Basic base64(id:secret)`. So a value is masked not only whole but
 * wherever any `PIECE_LENGTH` characters of it — or of one of those encodings — appear: a truncated echo, or one
 * that starts half-way through, is caught as well as the whole.
 */
export const REDACTED = '[redacted]';

/** Any run of this many characters taken from a registered value (or from one of its encodings) is masked. */
export const PIECE_LENGTH = 8;

/** Values shorter than this are not registered: masking "a" everywhere would garble every message. */
const MIN_VALUE_LENGTH = 4;

/** How deep `redactDeep` walks into a value; what lies deeper is replaced by `NESTED_TOO_DEEP`. */
const MAX_DEPTH = 64;
export const NESTED_TOO_DEEP = '[nested too deep]';

export interface Redactor {
  register(value: string): void;
  /** Registers the HTTP Basic form of a client ID and secret (`base64(id:secret)`), which contains neither as text. */
  registerPair(id: string, secret: string): void;
  forget(value: string): void;
  redact(text: string): string;
  /** Redacts every string inside a JSON-like value, keys included; levels past `MAX_DEPTH` are dropped. */
  redactDeep<T>(value: T): T;
  /**
   * What a server sent, made safe to read and keep: every string (keys too) cleaned by `cleanServerText` (NFKC, no
   * escape sequence, control or invisible character) and then redacted; levels past `MAX_DEPTH` are dropped.
   */
  redactServerBody<T>(value: T): T;
}

/** `application/x-www-form-urlencoded`, as URLSearchParams writes it: `+` for a space, `!'()~` escaped too. */
const formEncoded = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);
/** Inside a JSON string, also with `/` escaped as some servers do. */
const jsonEscaped = (value: string): string => JSON.stringify(value).slice(1, -1);

/** The forms a value travels in over HTTP and in files. Percent escapes in both letter cases (`%2F`, `%2f`). */
function encodingsOf(value: string): string[] {
  const forms = new Set([value, encodeURIComponent(value), formEncoded(value), jsonEscaped(value), jsonEscaped(value).replace(/\//g, '\\/')]);
  for (const form of [...forms]) forms.add(form.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()));
  return [...forms].filter((form) => form !== '');
}

/** The base64 forms of `id:secret` (standard and URL-safe, with and without padding). */
export function basicAuthForms(id: string, secret: string): string[] {
  const standard = Buffer.from(`${id}:${secret}`, 'utf8').toString('base64');
  const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_');
  return [...new Set([standard, urlSafe, standard.replace(/=+$/, ''), urlSafe.replace(/=+$/, '')])];
}

/** What to look for: every piece of every long form, and short forms whole. */
interface Patterns {
  pieces: Set<string>;
  whole: string[];
}

function patternsOf(forms: Iterable<string>, minLength: number): Patterns {
  const pieces = new Set<string>();
  const whole: string[] = [];
  for (const form of [...forms].map(foldCase)) {
    if (form.length < PIECE_LENGTH) {
      if (form.length >= minLength) whole.push(form);
      continue;
    }
    for (let i = 0; i + PIECE_LENGTH <= form.length; i += 1) pieces.add(form.slice(i, i + PIECE_LENGTH));
  }
  return { pieces, whole: [...new Set(whole)] };
}

/**
 * Lower case, one UTF-16 unit for one (a letter whose lower case is longer, like `İ`, stays as it is), so positions
 * in the folded text are positions in the original: an echo in capitals, or in a mix of cases, is found too.
 */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const unit of text.split('')) {
    const folded = unit.toLowerCase();
    out += folded.length === 1 ? folded : unit;
  }
  return out;
}

function mask(text: string, { pieces, whole }: Patterns): string {
  if (text === '') return text;
  const folded = foldCase(text);
  // Mark every character covered by a piece or a whole short value, then replace each marked run with one mask.
  const covered = new Uint8Array(text.length);
  let any = false;
  if (pieces.size > 0) {
    for (let i = 0; i + PIECE_LENGTH <= folded.length; i += 1) {
      if (pieces.has(folded.slice(i, i + PIECE_LENGTH))) {
        covered.fill(1, i, i + PIECE_LENGTH);
        any = true;
      }
    }
  }
  for (const value of whole) {
    for (let at = folded.indexOf(value); at >= 0; at = folded.indexOf(value, at + 1)) {
      covered.fill(1, at, at + value.length);
      any = true;
    }
  }
  if (!any) return text;
  let result = '';
  for (let i = 0; i < text.length; ) {
    if (!covered[i]) {
      let end = i;
      while (end < text.length && !covered[end]) end += 1;
      result += text.slice(i, end);
      i = end;
    } else {
      while (i < text.length && covered[i]) i += 1;
      result += REDACTED;
    }
  }
  return result;
}

/**
 * Masks every one of `values` in `text`, in every encoding and every piece of `PIECE_LENGTH` characters. The
 * Redactor uses it; so does a client masking values it holds only for one call.
 */
export function maskValues(text: string, values: Iterable<string>): string {
  // The caller chose these values for this one call: even a short one is masked (whole).
  return mask(text, patternsOf([...values].flatMap((value) => (value === '' ? [] : encodingsOf(value))), 1));
}

export function createRedactor(): Redactor {
  /** Each registered value with the forms it is looked for in. */
  const registered = new Map<string, string[]>();
  let patterns: Patterns | undefined;

  const add = (key: string, forms: string[]): void => {
    registered.set(key, forms);
    patterns = undefined;
  };
  const current = (): Patterns => (patterns ??= patternsOf([...registered.values()].flat(), MIN_VALUE_LENGTH));

  const redact = (text: string): string => (registered.size === 0 ? text : mask(text, current()));

  const redactAt = (value: unknown, depth: number, text: (t: string) => string): unknown => {
    if (typeof value === 'string') return text(value);
    if (value && typeof value === 'object') {
      // Deeper than any answer or record we write: a server's 100,000 nested arrays would overflow the stack here
      // and in every later walk over the value (JSON.stringify included), so what lies below is dropped.
      if (depth >= MAX_DEPTH) return NESTED_TOO_DEEP;
      if (Array.isArray(value)) return value.map((item: unknown) => redactAt(item, depth + 1, text));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), redactAt(v, depth + 1, text)]));
    }
    return value;
  };
  const redactDeep = <T>(value: T): T => redactAt(value, 0, redact) as T;
  // Cleaned first, then redacted: a secret disguised with zero-width characters is only recognisable once they are gone.
  const redactServerBody = <T>(value: T): T => redactAt(value, 0, (text) => redact(cleanServerText(text))) as T;

  return {
    register(value) {
      if (value.length >= MIN_VALUE_LENGTH && !registered.has(value)) add(value, encodingsOf(value));
    },
    registerPair(id, secret) {
      const key = `basic\u0000${id}\u0000${secret}`;
      if (secret.length >= MIN_VALUE_LENGTH && !registered.has(key)) add(key, basicAuthForms(id, secret));
    },
    forget(value) {
      if (registered.delete(value)) patterns = undefined;
    },
    redact,
    redactDeep,
    redactServerBody,
  };
}
