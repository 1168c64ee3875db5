/**
 * Mimecast documents its date filters as `yyyy-MM-dd'T'HH:mm:ssZ`, e.g. `2026-11-25T10:00:00+0000`. Always UTC,
 * so the offset is fixed and the format does not depend on the machine's time zone.
 */
export function formatMimecastDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+0000`
  );
}

/** The form `formatMimecastDate` produces (the fake API checks requests against it). */
export const MIMECAST_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

export function parseMimecastDate(text: string): Date | undefined {
  if (!MIMECAST_DATE_PATTERN.test(text)) return undefined;
  const date = new Date(`${text.slice(0, 19)}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
