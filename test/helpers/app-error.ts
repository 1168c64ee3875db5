import { AppError } from '../../shared/errors.ts';

/** The AppError code `run` throws, `not-an-app-error` for anything else thrown, undefined when it returns. */
export const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not-an-app-error';
  }
  return undefined;
};
