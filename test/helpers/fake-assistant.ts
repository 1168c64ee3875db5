import { vi } from 'vitest';
import type { AssistantApi } from '../../shared/ipc/contract.ts';
import type { ProfilesState } from '../../shared/domain/profile.ts';
import { checklistStatus } from '../../shared/checklist/evaluate.ts';
import { emptyProgress, type ProgressView } from '../../shared/checklist/progress.ts';

/** The checklist of a profile nobody has started: what `progress.get` answers by default. */
export function freshProgressView(profileId = 'default'): ProgressView {
  const progress = emptyProgress(new Date('2026-11-25T10:00:00.000Z'));
  return { profileId, progress, status: checklistStatus(progress) };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : DeepPartial<T[K]> };

export const defaultProfiles: ProfilesState = {
  activeId: 'default',
  profiles: [{ id: 'default', name: 'Default tenant', createdAt: '2026-11-25T10:00:00.000Z' }],
};

/**
 * Installs a `window.assistant` for component tests: every operation answers `{ ok: true, value: undefined }`
 * unless overridden. Returns the object so a test can inspect the vi.fn() calls.
 */
export function installFakeAssistant(overrides: DeepPartial<AssistantApi> = {}): AssistantApi {
  const base: Record<string, unknown> = {
    app: {
      info: vi.fn(() => Promise.resolve({ ok: true, value: { version: '1.0.0', platform: 'linux', secretStore: { backend: 'secret-service', label: 'GNOME Secret Service', persistent: true, protection: 'x' }, storeRecoveries: [] } })),
      openExternal: vi.fn(() => Promise.resolve({ ok: true, value: { opened: true } })),
    },
    profiles: {
      list: vi.fn(() => Promise.resolve({ ok: true, value: defaultProfiles })),
    },
    progress: {
      get: vi.fn(() => Promise.resolve({ ok: true, value: freshProgressView() })),
    },
    on: vi.fn(() => () => {}),
  };
  const api = new Proxy(base, {
    get(target, ns: string) {
      const group = { ...(target[ns] as object | undefined), ...((overrides as Record<string, object>)[ns] ?? {}) };
      if (ns === 'on') return (overrides as { on?: unknown }).on ?? target.on;
      return new Proxy(group, {
        get(g: Record<string, unknown>, op: string) {
          return (g[op] ??= vi.fn(() => Promise.resolve({ ok: true, value: undefined }))) as unknown;
        },
      });
    },
  }) as unknown as AssistantApi;
  Object.defineProperty(window, 'assistant', { value: api, configurable: true });
  return api;
}
