import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../../shared/ipc/contract.ts';
import { OperationError } from '../../../../renderer/lib/assistant.ts';
import { useAssistantQuery, type AssistantQueryOptions } from '../../../../renderer/lib/use-assistant-query.ts';

/** An answer the test settles by hand, in whatever order it wants answers to arrive. */
const deferred = <T,>() => Promise.withResolvers<T>();

/** Settles an answer by hand and lets React apply what follows from it. */
async function settle(work: () => void): Promise<void> {
  await act(async () => {
    work();
    await Promise.resolve();
  });
}

/** A `window.assistant` with only the push side: `push` delivers an event to the hook's subscriptions. */
let listeners: Map<string, Set<(payload: unknown) => void>>;
function push(event: EventName, payload: unknown): void {
  act(() => listeners.get(event)?.forEach((listener) => listener(payload)));
}
beforeEach(() => {
  listeners = new Map();
  const on = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, 'assistant', { value: { on }, configurable: true });
});

/** Renders the hook with a load that hands out one pending answer per call, labelled with the profile asked for. */
function renderQuery(initial: AssistantQueryOptions) {
  const pending: { profileId: string | undefined; answer: ReturnType<typeof deferred<string>> }[] = [];
  const hook = renderHook(
    (options: AssistantQueryOptions) =>
      useAssistantQuery(() => {
        const answer = deferred<string>();
        pending.push({ profileId: options.profileId, answer });
        return answer.promise;
      }, options),
    { initialProps: initial },
  );
  const answer = async (index: number, value: string) => {
    await settle(() => pending[index]!.answer.resolve(value));
  };
  const fail = async (index: number, error: unknown) => {
    await settle(() => pending[index]!.answer.reject(error));
  };
  return { ...hook, pending, answer, fail };
}

describe('useAssistantQuery', () => {
  it('drops an answer for a profile the admin has left, even when it arrives after the new one', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    q.rerender({ profileId: 'tenant-b' });
    // Nothing of the previous profile is shown while the new one loads.
    expect(q.result.current.data).toBeUndefined();
    expect(q.pending.map((p) => p.profileId)).toEqual(['tenant-a', 'tenant-b']);

    await q.answer(1, 'report of b');
    await q.answer(0, 'report of a');
    expect(q.result.current.data).toBe('report of b');
  });

  it('drops a failure for a profile the admin has left', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    q.rerender({ profileId: 'tenant-b' });
    await q.answer(1, 'report of b');
    await q.fail(0, new OperationError({ code: 'no-credentials', message: 'No keys for tenant a.' }));
    expect(q.result.current).toMatchObject({ data: 'report of b', error: null });
  });

  it('drops a load overtaken by a newer one of the same profile', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    let second: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      second = q.result.current.reload();
    });
    await q.answer(1, 'newer');
    await q.answer(0, 'older');
    expect(q.result.current.data).toBe('newer');
    await expect(second).resolves.toBe('newer');
  });

  it('loads again on each named push, and only for the profile it shows', async () => {
    const q = renderQuery({ profileId: 'tenant-a', refreshOn: ['handoff.changed', 'recheck.changed'] });
    await q.answer(0, 'first');

    push('handoff.changed', { profileId: 'tenant-b' });
    push('recheck.changed', { profileId: 'tenant-b' });
    push('lifecycle.countdown', { profileId: 'tenant-a' }); // not named: no reload
    expect(q.pending).toHaveLength(1);

    push('recheck.changed', { profileId: 'tenant-a' });
    expect(q.pending).toHaveLength(2);
    await q.answer(1, 'after the re-check');
    expect(q.result.current.data).toBe('after the re-check');
  });

  it('reloads on a push that names no profile, and on every push when it shows no profile', () => {
    const withProfile = renderQuery({ profileId: 'tenant-a', refreshOn: ['store.recovered'] });
    push('store.recovered', { movedTo: '/tmp/x', reason: 'damaged' });
    expect(withProfile.pending).toHaveLength(2);
    withProfile.unmount();

    const anyProfile = renderQuery({ refreshOn: ['tenants.progress'] });
    push('tenants.progress', { profileId: 'tenant-z' });
    expect(anyProfile.pending).toHaveLength(2);
  });

  it('follows a profile switch with its pushes: the old profile no longer triggers a load', () => {
    const q = renderQuery({ profileId: 'tenant-a', refreshOn: ['handoff.changed'] });
    q.rerender({ profileId: 'tenant-b', refreshOn: ['handoff.changed'] });
    push('handoff.changed', { profileId: 'tenant-a' });
    expect(q.pending).toHaveLength(2);
    push('handoff.changed', { profileId: 'tenant-b' });
    expect(q.pending).toHaveLength(3);
  });

  it('stops listening when the component goes', () => {
    const q = renderQuery({ profileId: 'tenant-a', refreshOn: ['handoff.changed'] });
    q.unmount();
    push('handoff.changed', { profileId: 'tenant-a' });
    expect(q.pending).toHaveLength(1);
  });

  it('keeps every failure in one shape: the code of the IPC result, or internal', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    await q.fail(0, new OperationError({ code: 'no-credentials', message: 'Capture the keys first.' }));
    expect(q.result.current.error).toEqual({ code: 'no-credentials', message: 'Capture the keys first.' });

    await act(async () => {
      await q.result.current.act(() => Promise.reject(new TypeError('Failed to fetch')));
    });
    expect(q.result.current.error).toEqual({ code: 'internal', message: 'Failed to fetch' });
  });

  it('a good reload clears a failed load, but not the failure of the last action', async () => {
    const q = renderQuery({ profileId: 'tenant-a', refreshOn: ['handoff.changed'] });
    await q.fail(0, new OperationError({ code: 'store-unreadable', message: 'Could not read.' }));
    push('handoff.changed', { profileId: 'tenant-a' });
    await q.answer(1, 'loaded');
    expect(q.result.current).toMatchObject({ data: 'loaded', error: null });

    await act(async () => {
      await q.result.current.act(() => Promise.reject(new OperationError({ code: 'not-verified', message: 'Verify first.' })));
    });
    push('handoff.changed', { profileId: 'tenant-a' });
    await q.answer(2, 'reloaded');
    expect(q.result.current).toMatchObject({ data: 'reloaded', error: { code: 'not-verified' } });

    const retry = deferred<string>();
    act(() => {
      void q.result.current.act(() => retry.promise);
    });
    // The new attempt takes the old failure off the screen at once.
    expect(q.result.current).toMatchObject({ data: 'reloaded', error: null });
    await settle(() => retry.resolve('saved'));
    expect(q.result.current).toMatchObject({ data: 'saved', error: null });
  });

  it('an action replaces the data and answers its value; a failed one keeps the data', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    await q.answer(0, 'loaded');
    let value: string | undefined;
    await act(async () => {
      value = await q.result.current.act(() => Promise.resolve('saved'));
    });
    expect(value).toBe('saved');
    expect(q.result.current.data).toBe('saved');

    await act(async () => {
      value = await q.result.current.act(() => Promise.reject(new Error('refused')));
    });
    expect(value).toBeUndefined();
    expect(q.result.current).toMatchObject({ data: 'saved', error: { code: 'internal', message: 'refused' } });
  });

  it('an action overtaken by a newer load does not overwrite it, and one for a left profile is dropped', async () => {
    const q = renderQuery({ profileId: 'tenant-a', refreshOn: ['handoff.changed'] });
    await q.answer(0, 'loaded');
    const slow = deferred<string>();
    let acted: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      acted = q.result.current.act(() => slow.promise);
    });
    push('handoff.changed', { profileId: 'tenant-a' });
    await q.answer(1, 'reloaded after the change');
    await settle(() => slow.resolve('answer of the slow action'));
    expect(q.result.current.data).toBe('reloaded after the change');
    await expect(acted).resolves.toBe('answer of the slow action');

    const stale = deferred<string>();
    act(() => {
      void q.result.current.act(() => stale.promise);
    });
    q.rerender({ profileId: 'tenant-b', refreshOn: ['handoff.changed'] });
    await q.answer(2, 'report of b');
    await settle(() => stale.resolve('saved for a'));
    expect(q.result.current.data).toBe('report of b');
  });

  it('an action can make the new data from its answer and the data shown when it arrives', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    await q.answer(0, 'state');
    let answer: number | undefined;
    await act(async () => {
      answer = await q.result.current.act(() => Promise.resolve(42), (report, shown) => `${shown} + report ${report}`);
    });
    expect(answer).toBe(42);
    expect(q.result.current.data).toBe('state + report 42');
  });

  it('setData shows a change at once and drops a load that was on its way', async () => {
    const q = renderQuery({ profileId: 'tenant-a' });
    act(() => q.result.current.setData(() => 'ticked'));
    expect(q.result.current.data).toBe('ticked');
    await q.answer(0, 'stale load');
    expect(q.result.current.data).toBe('ticked');
  });

  it('uses the latest load function', async () => {
    const first = vi.fn(() => Promise.resolve('first'));
    const second = vi.fn(() => Promise.resolve('second'));
    const hook = renderHook(({ load }) => useAssistantQuery(load, { profileId: 'tenant-a' }), { initialProps: { load: first } });
    await waitFor(() => expect(hook.result.current.data).toBe('first'));
    hook.rerender({ load: second });
    await act(async () => {
      await hook.result.current.reload();
    });
    expect(hook.result.current.data).toBe('second');
    expect(first).toHaveBeenCalledTimes(1);
  });
});
