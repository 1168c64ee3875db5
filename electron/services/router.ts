import { AppError, commonErrorCodes } from '../../shared/errors.ts';
import { contract, type ChannelName, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';
import { describeError, type Logger } from './logging/logger.ts';
import type { Redactor } from './logging/redactor.ts';

/** One function per channel. Expected failures throw `AppError` with a code from the channel's list. */
export type Handlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/**
 * One feature's handlers, keyed by its channel map in the contract (`shared/ipc/channels/<feature>.ts`): a channel of
 * the map without a handler, or a handler for a channel the map does not hold, does not compile.
 */
export type FeatureHandlers<Channels> = Pick<Handlers, keyof Channels & ChannelName>;

/** Checks one feature's handlers against its channel map (see `FeatureHandlers`); answers them unchanged. */
export function featureHandlers<Channels extends Partial<Record<ChannelName, unknown>>>(
  _channels: Channels,
  handlers: FeatureHandlers<Channels>,
): FeatureHandlers<Channels> {
  return handlers;
}

export interface Router {
  /** Validates, runs and answers one call. Never throws: every outcome is a `Result` envelope. */
  dispatch(channel: string, payload: unknown): Promise<Result<unknown>>;
}

const INTERNAL_MESSAGE = 'Something went wrong inside the app. Your progress is saved; try again, and if it repeats, send the log file to support.';

function isChannel(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

export function createRouter(handlers: Handlers, deps: { logger: Logger; redactor: Redactor }): Router {
  const { logger, redactor } = deps;
  return {
    async dispatch(channel, payload) {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'invalid-request', message: `Unknown operation “${channel}”.` } };
      }
      const spec = contract[channel];
      const request = spec.request.safeParse(payload);
      if (!request.success) {
        const first = request.error.issues[0];
        const where = first?.path.length ? ` (${first.path.join('.')})` : '';
        return {
          ok: false,
          error: { code: 'invalid-request', message: redactor.redact(`${first?.message ?? 'Invalid input'}${where}`) },
        };
      }
      try {
        const handler = handlers[channel] as (request: unknown) => unknown;
        const value = await handler(request.data);
        const response = spec.response.safeParse(value);
        if (!response.success) {
          logger.error('handler answered outside its contract', { channel, issues: response.error.issues.map((i) => i.message) });
          return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
        }
        return { ok: true, value: response.data };
      } catch (error) {
        if (error instanceof AppError) {
          if (!(spec.errors as readonly string[]).includes(error.code) && !commonErrorCodes.includes(error.code)) {
            logger.warn('handler returned an error code its contract does not list', { channel, code: error.code });
          }
          return { ok: false, error: { code: error.code, message: redactor.redact(error.message) } };
        }
        logger.error('handler failed', { channel, error: describeError(error) });
        return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
      }
    },
  };
}
