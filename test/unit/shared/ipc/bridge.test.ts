import { describe, expect, it } from 'vitest';
import { createAssistantApi, type BridgeTransport } from '../../../../shared/ipc/bridge.ts';
import { channelNames } from '../../../../shared/ipc/contract.ts';

function transport(answer: (channel: string, payload: unknown) => unknown): BridgeTransport & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    invoke: (channel, payload) => {
      calls.push([channel, payload]);
      return Promise.resolve(answer(channel, payload));
    },
    subscribe: () => () => {},
  };
}

describe('createAssistantApi', () => {
  it('has one named function per contract channel and nothing that sends arbitrary channels', () => {
    const api = createAssistantApi(transport(() => ({ ok: true, value: null }))) as unknown as Record<string, Record<string, unknown>>;
    for (const name of channelNames) {
      const [ns, op] = name.split('.') as [string, string];
      expect(typeof api[ns]?.[op], name).toBe('function');
    }
    expect(Object.keys(api).sort()).toEqual([...new Set(channelNames.map((n) => n.split('.')[0]!)), 'on'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.profiles)).toBe(true);
  });

  it('sends the call on its own channel and returns the envelope', async () => {
    const t = transport(() => ({ ok: true, value: { activeId: 'default', profiles: [] } }));
    const api = createAssistantApi(t);
    expect(await api.profiles.create({ name: 'Contoso' })).toEqual({ ok: true, value: { activeId: 'default', profiles: [] } });
    expect(t.calls).toEqual([['profiles.create', { name: 'Contoso' }]]);
  });

  it('turns a broken answer or a dead main process into an internal error value', async () => {
    expect(await createAssistantApi(transport(() => 'garbage')).app.info()).toMatchObject({ ok: false, error: { code: 'internal' } });
    const dead: BridgeTransport = { invoke: () => Promise.reject(new Error('gone')), subscribe: () => () => {} };
    expect(await createAssistantApi(dead).app.info()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses to subscribe to an event the contract does not define', () => {
    const api = createAssistantApi(transport(() => null));
    expect(() => api.on('shell.everything' as never, () => {})).toThrow(TypeError);
  });
});
