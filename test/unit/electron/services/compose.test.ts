import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../electron/services/compose.ts';
import { nodeServices } from '../../../helpers/services.ts';

// The feature as compose.ts wires it, reached through the router like the renderer reaches it.
let services: Services & { dataDir: string };
beforeEach(() => {
  services = nodeServices({ whoami: () => 'fay' });
});
afterEach(() => rmSync(services.dataDir, { recursive: true, force: true }));

const call = (channel: string, payload?: unknown) => services.router.dispatch(channel, payload);

describe('hand-off feature wiring', () => {
  it('keeps the intake token out of every response and removes it with its profile', async () => {
    await call('profiles.create', { name: 'Second' });
    const configured = await call('handoff.configureIntake', { url: 'https://intake.example.com/mimecast', token: 'tok-abcdef-123456' });
    expect(configured).toEqual({ ok: true, value: { url: 'https://intake.example.com/mimecast', accountName: null, tokenStored: true } });
    expect(JSON.stringify(await call('handoff.state'))).not.toContain('tok-abcdef-123456');

    await call('profiles.delete', { profileId: 'second' });
    await call('profiles.create', { name: 'Second' });
    expect(await call('handoff.intakeConfig')).toMatchObject({ ok: true, value: { tokenStored: false } });
  });

  it('refuses an http intake URL to another host with a message for the admin', async () => {
    const answer = await call('handoff.configureIntake', { url: 'http://intake.example.com/x', token: 'tok-abcdef-123456' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'intake-url-insecure', message: expect.stringContaining('https://') as unknown } });
  });

  it('refuses to submit before the pre-flight, and saving a report is the main process’s job', async () => {
    await call('handoff.configureIntake', { url: 'https://intake.example.com/mimecast', token: 'tok-abcdef-123456' });
    expect(await call('handoff.submitIntake')).toMatchObject({ ok: false, error: { code: 'preflight-required' } });
    expect(await call('report.save', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'report-save-unavailable' } });
  });

  it('records a portal outcome with the OS user and satisfies the checklist gate', async () => {
    const answer = await call('handoff.recordOutcome', { state: 'Provisioned' });
    expect(answer).toMatchObject({ ok: true, value: { confirmed: true, section: { portalOutcome: { state: 'Provisioned', by: 'fay' } } } });
    expect(await call('progress.get', {})).toMatchObject({ ok: true, value: { progress: { gates: { handoff: { satisfied: true } } } } });
    expect(await call('lifecycle.state')).toMatchObject({ ok: true, value: { confirmed: true, forgetSecret: { offered: true } } });
  });
});
