import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import { createRouter, type Handlers } from '../../../../electron/services/router.ts';
import { createLogger } from '../../../../electron/services/logging/logger.ts';
import { createRedactor } from '../../../../electron/services/logging/redactor.ts';

function router(overrides: Partial<Handlers>) {
  const redactor = createRedactor();
  const lines: string[] = [];
  const logger = createLogger(redactor, [(l) => lines.push(l)]);
  const base = { 'profiles.list': () => ({ activeId: 'default', profiles: [{ id: 'default', name: 'D', createdAt: '2026-01-01T00:00:00.000Z' }] }) };
  return { router: createRouter({ ...base, ...overrides } as Handlers, { logger, redactor }), redactor, lines };
}

describe('router.dispatch', () => {
  it('answers a valid call with the handler’s value', async () => {
    const { router: r } = router({});
    expect(await r.dispatch('profiles.list', undefined)).toMatchObject({ ok: true, value: { activeId: 'default' } });
  });

  it('refuses an unknown channel', async () => {
    expect(await router({}).router.dispatch('shell.exec', 'rm -rf /')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a malformed payload before the handler runs, naming the field', async () => {
    let ran = false;
    const { router: r } = router({ 'profiles.rename': () => ((ran = true), undefined as never) });
    const result = await r.dispatch('profiles.rename', { profileId: '../../etc', name: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain('(profileId)');
    expect(ran).toBe(false);
    expect(await r.dispatch('profiles.create', { name: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await r.dispatch('profiles.create', null)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('passes an AppError through as {code, message}, redacted', async () => {
    const { router: r, redactor } = router({
      'profiles.create': () => {
        throw new AppError('profile-name-taken', 'Clash with s3cr3t-value-123');
      },
    });
    redactor.register('s3cr3t-value-123');
    expect(await r.dispatch('profiles.create', { name: 'x' })).toEqual({ ok: false, error: { code: 'profile-name-taken', message: 'Clash with [redacted]' } });
  });

  it('hides an unexpected error behind a generic message and logs it redacted', async () => {
    const { router: r, redactor, lines } = router({
      'profiles.create': () => {
        throw new Error('db exploded near s3cr3t-value-123');
      },
    });
    redactor.register('s3cr3t-value-123');
    const result = await r.dispatch('profiles.create', { name: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('exploded');
    expect(lines.join('\n')).toContain('db exploded near [redacted]');
    expect(lines.join('\n')).not.toContain('s3cr3t-value-123');
  });

  it('refuses to answer outside the response schema', async () => {
    const { router: r } = router({ 'profiles.list': () => ({ nonsense: true }) as never });
    expect(await r.dispatch('profiles.list', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
