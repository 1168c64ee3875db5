/**
 * What one OS's policy store held, before validation: nothing, values to check, or a store that exists but must
 * not be trusted (a file others can write) — ignored, and the reason logged and shown.
 */
export type RawPolicy =
  | { found: false; where: string; ignored?: string }
  | { found: true; where: string; values: Record<string, unknown> };
