const MAX_MESSAGE = 300;

/**
 * The human part of an intake's error answer: `message`, `error` (string or `{message}`), `detail` or `title` from a
 * JSON body, else a short plain-text body. Control characters removed and length capped, since it is shown as is.
 */
export function serverMessage(body: string, contentType: string | undefined): string | undefined {
  let text: string | undefined;
  try {
    const json = JSON.parse(body) as unknown;
    text = pickMessage(json);
  } catch {
    if (!contentType || /text\/plain/i.test(contentType)) text = body;
  }
  if (!text) return undefined;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
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
