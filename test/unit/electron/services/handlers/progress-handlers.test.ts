import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressView } from '../../../../../shared/checklist/progress.ts';
import { nodeServices, recordingClipboard, tempDataDir } from '../../../../../testing/services.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let dataDir: string;
let services: ReturnType<typeof nodeServices>;
let emitted: Array<{ event: string; payload: unknown }>;

beforeEach(() => {
  dataDir = tempDataDir('aw-progress-ipc-');
  emitted = [];
  services = nodeServices({ dataDir, emit: (event, payload) => void emitted.push({ event, payload }) });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const call = (channel: string, payload?: unknown) => services.router.dispatch(channel, payload);

describe('progress channels through the router', () => {
  it('gets, updates (pushing progress.changed) and starts over', async () => {
    expect(await call('progress.get', { profileId: 'default' })).toMatchObject({ ok: true, value: { profileId: 'default', progress: { currentStep: 'before-you-start' } } });
    const updated = await call('progress.update', { profileId: 'default', patch: { op: 'tick', step: 'create-role', action: 'new-role', checked: true } });
    expect(updated).toMatchObject({ ok: true, value: { progress: { steps: { 'create-role': { ticks: { 'new-role': {} } } } } } });
    expect(emitted).toEqual([{ event: 'progress.changed', payload: (updated as { value: ProgressView }).value }]);
    const fresh = await call('progress.startOver', { profileId: 'default', removeEvidence: false });
    expect(fresh).toMatchObject({ ok: true, value: { progress: { steps: {}, gates: {} } } });
  });

  it('refuses a gate sent by the renderer: a caution verdict keeps the Admin IP Ranges step blocked', async () => {
    await call('progress.update', { profileId: 'default', patch: { op: 'choose', choice: 'admin-ip-plan', value: 'set' } });
    // Only Arctic Wolf's range in the admin list: the service's verdict is caution and its gate closed.
    expect(await call('ipRanges.save', { profileId: 'default', adminText: '198.51.100.0/24', arcticWolfText: '198.51.100.0/24', currentIp: '' })).toMatchObject({
      ok: true,
      value: { blocked: 'caution' },
    });
    const lifted = await call('progress.update', { profileId: 'default', patch: { op: 'gate', widget: 'ip-ranges-check', satisfied: true } });
    expect(lifted).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const after = (await call('progress.get', { profileId: 'default' })) as { ok: true; value: ProgressView };
    expect(after.value.progress.gates['ip-ranges-check']).toMatchObject({ satisfied: false });
    expect(after.value.status.steps.find((s) => s.id === 'admin-ip-ranges')).toMatchObject({ complete: false });
  });

  it('answers a malformed or unknown patch with a code, never a stack trace', async () => {
    expect(await call('progress.update', { profileId: 'default', patch: { op: 'explode' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('progress.update', { profileId: 'default', patch: { op: 'tick', step: 'create-role', action: 'nope', checked: true } })).toMatchObject({
      ok: false,
      error: { code: 'unknown-checklist-item' },
    });
    expect(await call('progress.get', { profileId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'profile-not-found' } });
  });

  it('start over can also remove the attached screenshots', async () => {
    await call('evidence.add', { profileId: 'default', step: 'create-role', base64: PNG });
    await call('progress.startOver', { profileId: 'default', removeEvidence: false });
    expect(await call('evidence.list', { profileId: 'default' })).toMatchObject({ value: { items: [expect.anything()] } });
    await call('progress.startOver', { profileId: 'default', removeEvidence: true });
    expect(await call('evidence.list', { profileId: 'default' })).toMatchObject({ value: { items: [] } });
  });
});

describe('progress.copy', () => {
  it('puts a suggested value or a typed input on the clipboard, looked up in the main process', async () => {
    const clipboard = recordingClipboard();
    const copied = clipboard.copied;
    const withClipboard = nodeServices({ dataDir, clipboard });
    const copy = (payload: object) => withClipboard.router.dispatch('progress.copy', { profileId: 'default', ...payload });
    expect(await copy({ step: 'create-role', item: 'role-name' })).toEqual({ ok: true, value: { copied: true, label: 'Role Name' } });
    expect(await copy({ step: 'notifications', item: 'contact-email' })).toMatchObject({ ok: false, error: { code: 'nothing-to-copy' } });
    await withClipboard.router.dispatch('progress.update', { profileId: 'default', patch: { op: 'input', step: 'notifications', input: 'contact-email', value: ' soc@contoso.example ' } });
    expect(await copy({ step: 'notifications', item: 'contact-email' })).toMatchObject({ ok: true, value: { label: 'Email' } });
    expect(copied).toEqual(['Arctic Wolf App Role', 'soc@contoso.example']);
    expect(await copy({ step: 'create-role', item: 'perm-url' })).toMatchObject({ ok: false, error: { code: 'unknown-checklist-item' } });
  });

  it('says so when there is no clipboard (the CLI)', async () => {
    expect(await call('progress.copy', { profileId: 'default', step: 'create-role', item: 'role-name' })).toMatchObject({ ok: false, error: { code: 'clipboard-unavailable' } });
  });
});
