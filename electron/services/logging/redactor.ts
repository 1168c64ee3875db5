/**
 * The one redaction helper. Every value registered here (a client secret, a bearer token, an intake token) is
 * replaced by a fixed mask wherever it appears in text that leaves the process: log lines, error messages, reports.
 * Registration happens where the value enters the process, so a path that forgets to redact still cannot leak it.
 */
export const REDACTED = '[redacted]';

/** Values shorter than this are not registered: masking "a" everywhere would garble every message. */
const MIN_SECRET_LENGTH = 6;

export interface Redactor {
  register(value: string): void;
  forget(value: string): void;
  redact(text: string): string;
  /** Redacts every string inside a JSON-like value, keys included. */
  redactDeep<T>(value: T): T;
}

/**
 * Masks every one of `values` in `text`, as typed and URL-encoded. Longest first, so a secret that contains another
 * is masked whole. Empty values are skipped. The Redactor uses it; so does a client masking values it holds only
 * for one call.
 */
export function maskValues(text: string, values: Iterable<string>): string {
  let out = text;
  for (const secret of [...values].sort((a, b) => b.length - a.length)) {
    if (secret === '') continue;
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();

  const redact = (text: string): string => maskValues(text, secrets);

  const redactDeep = <T>(value: T): T => {
    if (typeof value === 'string') return redact(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v)])) as T;
    }
    return value;
  };

  return {
    register(value) {
      if (value.length >= MIN_SECRET_LENGTH) secrets.add(value);
    },
    forget(value) {
      secrets.delete(value);
    },
    redact,
    redactDeep,
  };
}
