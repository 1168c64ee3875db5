import { describe, expect, it } from 'vitest';
import { fleetProgress } from '../../../../../electron/cli/fleet/fleet-progress.ts';
import { styleFor } from '../../../../../electron/cli/style.ts';
import type { FleetTenantResult } from '../../../../../shared/fleet/fleet-run.ts';

const result = (profile: string, extra: Partial<FleetTenantResult> = {}): FleetTenantResult => ({
  profile,
  name: profile,
  ok: true,
  baseUrl: 'https://api.services.mimecast.com',
  failedChecks: [],
  error: null,
  durationMs: 1234,
  ...extra,
});

describe('fleetProgress', () => {
  it('announces the run once, then a line per finished tenant and per back-off', () => {
    const lines: string[] = [];
    const names: Record<string, string> = { acme: 'Acme Ltd', lost: 'Lost', slow: 'Slow' };
    const progress = fleetProgress((text) => lines.push(text), (id) => names[id] ?? id, 4);
    for (const id of ['acme', 'lost', 'slow']) progress({ profileId: id, state: 'queued', done: 0, total: 3 });
    progress({ profileId: 'acme', state: 'running', done: 0, total: 3 });
    progress({ profileId: 'slow', state: 'waiting', waitMs: 6500, done: 0, total: 3 });
    progress({ profileId: 'acme', state: 'passed', result: result('acme'), done: 1, total: 3 });
    const lost = result('lost', { ok: false, failedChecks: ['token'], error: { code: 'dns-failure', message: 'not found' } });
    progress({ profileId: 'lost', state: 'failed', result: lost, done: 2, total: 3 });
    progress({ profileId: 'slow', state: 'failed', result: result('slow', { ok: false, failedChecks: ['url-protection'] }), done: 3, total: 3 });
    expect(lines).toEqual([
      'Verifying 3 tenants, 3 at a time…\n',
      '        Slow: Mimecast asked it to slow down; trying again in 7 s.\n',
      '[1/3] Acme Ltd: passed (1.2 s)\n',
      '[2/3] Lost: FAILED token (dns-failure) (1.2 s)\n',
      '[3/3] Slow: FAILED url-protection (1.2 s)\n',
    ]);
  });

  it('colours the result when given a terminal’s style', () => {
    const lines: string[] = [];
    const progress = fleetProgress((text) => lines.push(text), (id) => id, 1, styleFor(true, {}));
    progress({ profileId: 'acme', state: 'passed', result: result('acme'), done: 1, total: 1 });
    expect(lines.at(-1)).toBe('[1/1] acme: \u001b[32mpassed\u001b[39m (1.2 s)\n');
  });
});
