import { z } from 'zod';

/**
 * The HTTPS intake contract (docs/intake.md). The body's keys and values are fixed:
 * the fake intake server in the tests parses requests with this same schema, so client and contract cannot drift.
 */
export const intakeRequestBodySchema = z.strictObject({
  vendor: z.literal('mimecast'),
  apiVersion: z.literal('2.0'),
  accountName: z.string().min(1),
  baseUrl: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** ISO date (YYYY-MM-DD) or null when the credentials have no expiry. */
  credentialExpiry: z.iso.date().nullable(),
});
export type IntakeRequestBody = z.infer<typeof intakeRequestBodySchema>;

/** A 2xx answer may carry a receipt id; anything else in it is ignored. */
export const intakeAcceptedSchema = z.object({ id: z.string().min(1).max(200) }).loose();

/** The idempotency key is a UUID. */
export const idempotencyKeySchema = z.uuid();

/** The outcome of one submission, exactly as the CLI prints it under --json. */
export const intakeOutcomeSchema = z.object({
  ok: z.boolean(),
  receiptId: z.string().nullable(),
  status: z.number().int().nullable(),
  attempts: z.number().int().nonnegative(),
  message: z.string(),
});
export type IntakeOutcome = z.infer<typeof intakeOutcomeSchema>;

