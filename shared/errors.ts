import { z } from 'zod';

/**
 * The one error shape that crosses every boundary (IPC, CLI --json, logs): a stable machine code and a
 * sentence written for the administrator. Never a stack trace, never a secret.
 */
export const errorPayloadSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/** Codes every channel may return, whatever its own list says. */
export const commonErrorCodes = ['invalid-request', 'forbidden-sender', 'internal'] as const;

export class AppError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
