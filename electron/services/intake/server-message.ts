import { cleanServerText } from '../../../shared/text/server-text.ts';

const MAX_MESSAGE = 300;

/**
 * The human part of an intake's error answer: `message`, `error` (string or `{message}`), `detail` or `title` from a
 * JSON body, else a short plain-text body. Shown as is, so: cleaned (`cleanServerText`: no escape sequence, control
 * or invisible character, compatibility forms folded), then redacted — a secret disguised with zero-width characters
 * is recognisable only once they are gone — and only then cut to length, so a cut cannot keep part of an echo.
 */
export function serverMessage(body: string, contentType: string | undefined, redact: (text: string) => string): string | undefined {
  let text: string | undefined;
  try {
    const json = JSON.parse(body) as unknown;
    text = pickMessage(json);
  } catch {
    if (!contentType || /text\/plain/i.test(contentType)) text = body;
  }
  if (!text) return undefined;
  const clean = redact(cleanServerText(text));
  if (!clean) return undefined;
  return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}…` : clean;
}

function pickMessage(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return typeof json === 'string' ? json : undefined;
  const record = json as Record<string, unknown>;
  for (const key of ['message', 'error', 'detail', 'title', 'error_description']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
      return (value as { message: string }).message;
    }
  }
  return undefined;
}
