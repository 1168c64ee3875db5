import { z } from 'zod';
import type { ErrorPayload } from './errors.ts';

/** Checks an `ErrorPayload` (shared/errors.ts) at a boundary: a non-empty machine code and a message. */
export const errorPayloadSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
});

// Fails to compile if the schema and the plain `ErrorPayload` type drift apart (in either direction).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _ErrorPayloadMatchesSchema = Holds<Same<z.infer<typeof errorPayloadSchema>, ErrorPayload>>;
