import { z } from 'zod';
import { checkResultSchema, tokenResultSchema } from './report.ts';

/** Pushed while a run is under way, so each row can stop its spinner the moment its own answer is in. */
export const verificationProgressSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), profileId: z.string(), baseUrl: z.string() }),
  z.object({ kind: z.literal('token'), profileId: z.string(), result: tokenResultSchema }),
  z.object({ kind: z.literal('check'), profileId: z.string(), result: checkResultSchema }),
]);
export type VerificationProgress = z.infer<typeof verificationProgressSchema>;
