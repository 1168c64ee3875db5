import { channelNames, eventNames, events, type AssistantApi, type EventName } from './contract.ts';
import { resultEnvelopeSchema, type Result } from './result.ts';

/**
 * How the bridge reaches the main process. In the app it is `ipcRenderer` (the preload); in end-to-end tests it is
 * a Playwright binding into the test process. The bridge code itself is the same.
 */
export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

function malformed(): Result<never> {
  return { ok: false, error: { code: 'internal', message: 'The app’s main process sent an answer it should not have. Restart the app; if it happens again, report it.' } };
}

/** Builds `window.assistant`: one named function per channel, never a raw invoke. */
export function createAssistantApi(transport: BridgeTransport): AssistantApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const [ns, op] = name.split('.') as [string, string];
    const group = (api[ns] ??= {});
    group[op] = async (request?: unknown): Promise<Result<unknown>> => {
      let raw: unknown;
      try {
        raw = await transport.invoke(name, request);
      } catch {
        return { ok: false, error: { code: 'internal', message: 'The app’s main process did not answer. Restart the app and try again.' } };
      }
      const parsed = resultEnvelopeSchema.safeParse(raw);
      return parsed.success ? (parsed.data) : malformed();
    };
  }
  for (const group of Object.values(api)) Object.freeze(group);
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!eventNames.includes(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, (payload) => {
      const spec = (events as Record<string, { payload: { safeParse(v: unknown): { success: boolean; data?: unknown } } }>)[event];
      const parsed = spec!.payload.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  };
  return Object.freeze({ ...api, on }) as unknown as AssistantApi;
}
