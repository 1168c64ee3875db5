import { z } from 'zod';
import { errorPayloadSchema } from '../error-payload-schema.ts';
import type { ErrorPayload } from '../errors.ts';

/**
 * What every `window.assistant` call resolves to. Errors travel as values because Electron flattens a rejected
 * invoke into a bare message string, losing the code the UI needs.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const resultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

export function fail(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
