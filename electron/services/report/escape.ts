/** Escapes text for HTML element content and double-quoted attributes: every value in the report goes through it. */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A data: URL is embedded only when it is exactly an image in base64, so nothing else can ride in an attribute. */
export function safeImageDataUrl(url: string): string | undefined {
  return /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(url) ? url : undefined;
}
