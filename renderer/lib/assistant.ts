import type { AssistantApi } from '../../shared/ipc/contract.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import type { Result } from '../../shared/ipc/result.ts';

declare global {
  interface Window {
    /** Installed by the preload (or, in end-to-end tests, by the harness running the same bridge code). */
    readonly assistant: AssistantApi;
  }
}

/** The main process, as the renderer sees it: one named function per operation. */
export const assistant = (): AssistantApi => window.assistant;

/** Thrown by `unwrap` so a component can catch one failure and show its message as it is. */
export class OperationError extends Error {
  readonly code: string;
  constructor(error: ErrorPayload) {
    super(error.message);
    this.code = error.code;
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new OperationError(result.error);
  return result.value;
}

/** The message of anything thrown, for showing it as it is. */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A failure as a widget keeps it: the operation's code and message, or `internal` with the message of anything else. */
export interface UiError {
  code: string;
  message: string;
}

export const asUiError = (error: unknown): UiError =>
  error instanceof OperationError ? { code: error.code, message: error.message } : { code: 'internal', message: messageOf(error) };
