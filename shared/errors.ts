/**
 * The one error shape that crosses every boundary (IPC, CLI --json, logs): a stable machine code and a
 * sentence written for the administrator. Never a stack trace, never a secret.
 *
 * A plain type here, because the renderer's first screen imports `AppError`; the schema that checks it at the IPC
 * boundary is `errorPayloadSchema` in `error-payload-schema.ts`.
 */
export interface ErrorPayload {
  code: string;
  message: string;
}

/** Codes every channel may return, whatever its own list says. */
export const commonErrorCodes: readonly string[] = ['invalid-request', 'forbidden-sender', 'internal'];

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
