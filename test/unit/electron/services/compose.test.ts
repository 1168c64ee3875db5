import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../electron/services/compose.ts';
import { nodeServices } from '../../../../testing/services.ts';

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
    const configured = await call('handoff.configureIntake', { profileId: 'second', url: 'https://intake.example.com/mimecast', token: 'tok-abcdef-123456' });
    expect(configured).toEqual({ ok: true, value: { url: 'https://intake.example.com/mimecast', accountName: null, tokenStored: true } });
    expect(JSON.stringify(await call('handoff.state', { profileId: 'second' }))).not.toContain('tok-abcdef-123456');

    await call('profiles.delete', { profileId: 'second' });
    await call('profiles.create', { name: 'Second' });
    expect(await call('handoff.intakeConfig', { profileId: 'second' })).toMatchObject({ ok: true, value: { tokenStored: false } });
  });

  it('refuses an http intake URL to another host with a message for the admin', async () => {
    const answer = await call('handoff.configureIntake', { profileId: 'default', url: 'http://intake.example.com/x', token: 'tok-abcdef-123456' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'intake-url-insecure', message: expect.stringContaining('https://') as unknown } });
  });

  it('refuses to submit before the pre-flight, and saving a report is the main process’s job', async () => {
    await call('handoff.configureIntake', { profileId: 'default', url: 'https://intake.example.com/mimecast', token: 'tok-abcdef-123456' });
    expect(await call('handoff.submitIntake', { profileId: 'default' })).toMatchObject({ ok: false, error: { code: 'preflight-required' } });
    expect(await call('report.save', { profileId: 'default', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'report-save-unavailable' } });
  });

  it('records a portal outcome with the OS user and satisfies the checklist gate', async () => {
    const answer = await call('handoff.recordOutcome', { profileId: 'default', state: 'Provisioned' });
    expect(answer).toMatchObject({ ok: true, value: { confirmed: true, section: { portalOutcome: { state: 'Provisioned', by: 'fay' } } } });
    expect(await call('progress.get', { profileId: 'default' })).toMatchObject({ ok: true, value: { progress: { gates: { handoff: { satisfied: true } } } } });
    expect(await call('lifecycle.state', { profileId: 'default' })).toMatchObject({ ok: true, value: { confirmed: true, forgetSecret: { offered: true } } });
  });
});

describe('a request names its profile', () => {
  it('acts on the profile it names while another is active, and leaves the active one alone', async () => {
    // The hand-off panel was open for the default profile; the admin created and switched to Second meanwhile.
    await call('profiles.create', { name: 'Second' });
    expect(await call('profiles.list')).toMatchObject({ ok: true, value: { activeId: 'second' } });
    expect(await call('handoff.recordOutcome', { profileId: 'default', state: 'Healthy' })).toMatchObject({ ok: true, value: { confirmed: true } });
    expect(await call('lifecycle.setExpiry', { profileId: 'default', date: '2027-03-31' })).toMatchObject({ ok: true, value: { confirmed: true } });
    expect(await call('recheck.setSettings', { profileId: 'default', enabled: false, intervalHours: 24 })).toMatchObject({ ok: true, value: { profileId: 'default', enabled: false } });

    expect(await call('handoff.state', { profileId: 'default' })).toMatchObject({ ok: true, value: { confirmed: true } });
    expect(await call('progress.get', { profileId: 'default' })).toMatchObject({ ok: true, value: { progress: { gates: { handoff: { satisfied: true } } } } });
    expect(await call('handoff.state', { profileId: 'second' })).toMatchObject({ ok: true, value: { confirmed: false } });
    expect(await call('lifecycle.state', { profileId: 'second' })).toMatchObject({ ok: true, value: { confirmed: false } });
    expect(await call('recheck.state', { profileId: 'second' })).toMatchObject({ ok: true, value: { profileId: 'second', enabled: true } });
  });

  it('refuses a profile id that names no profile with profile-not-found', async () => {
    const requests: Array<[string, object]> = [
      ['verification.state', {}],
      ['verification.setGateway', { gateway: { kind: 'us' } }],
      ['verification.run', {}],
      ['handoff.state', {}],
      ['handoff.recordOutcome', { state: 'Healthy' }],
      ['handoff.submitIntake', {}],
      ['lifecycle.state', {}],
      ['lifecycle.reportFailure', {}],
      ['recheck.state', {}],
      ['report.save', { format: 'html' }],
      ['credentials.forgetSecret', {}],
      ['progress.get', {}],
      ['evidence.list', {}],
      ['ipRanges.load', {}],
    ];
    for (const [channel, fields] of requests) {
      expect(await call(channel, { profileId: 'gone', ...fields }), channel).toMatchObject({ ok: false, error: { code: 'profile-not-found', message: 'That profile no longer exists. Pick another one from the list.' } });
    }
  });
});
