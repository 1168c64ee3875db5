/**
 * Reading a server's "wait before trying again" from response headers. Shared by the Mimecast client and the intake
 * client; each keeps its own retry policy (how many attempts, how long at most).
 */

/** Response headers as axios hands them over (names in any case, values as string, number or list). */
export type HeaderBag = Record<string, unknown>;

/** Header lookup ignoring case: servers and proxies spell names freely. */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return undefined;
  }
  return undefined;
}

/**
 * Milliseconds a `Retry-After` value asks for: delay seconds (`120`; a decimal such as `1.5` is read as seconds too,
 * never as a date) or an HTTP date (a date in the past means now). Undefined when absent, empty or unreadable; never
 * negative. Uncapped: the caller's policy bounds it.
 */
export function parseRetryAfter(header: string | undefined, now: Date): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}
