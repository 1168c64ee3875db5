import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { channelNames, contract } from '../../../../../shared/ipc/contract.ts';
import { createRouter, type Handlers } from '../../../../../electron/services/router.ts';
import type { SecretStore } from '../../../../../electron/services/secrets/secret-store.ts';
import type { ClipboardPort } from '../../../../../electron/services/secrets/clipboard-service.ts';
import { memoryKeychain as keyringLike } from '../../../../../testing/memory-keychain.ts';
import { nodeServices } from '../../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
/** Random per run, so a match can only come from this test's capture. */
const SECRET = `Leak+${crypto.randomUUID()}/=`;
/** The replacement secret one of the calls captures; searched for just the same. */
const SECRET2 = `Other+${crypto.randomUUID()}/=`;

function clipboard(): ClipboardPort & { text: string } {
  return { text: '', writeText(t) { this.text = t; }, readText() { return this.text; }, clear() { this.text = ''; } };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Request fields tried on every channel, alone (app-wide channels) and with the profile named (the rest). */
const candidateFields: object[] = [
  {},
  { field: 'clientId' },
  { field: 'clientSecret' },
  { id: 'default' },
  { clientId: ID, clientSecret: SECRET2 },
  { clientId: SECRET, clientSecret: ID },
];
/** Payloads tried on every channel; each is sent where the channel's request schema accepts it. */
const candidatePayloads: unknown[] = [undefined, ...candidateFields, ...candidateFields.map((fields) => ({ profileId: 'default', ...fields }))];

/** Last, because they remove or move what the other calls look at. */
const destructive = new Set(['credentials.delete', 'credentials.forgetSecret', 'profiles.delete', 'profiles.create', 'profiles.switch', 'profiles.rename']);

describe('credentials handlers', () => {
  it('no channel of the whole contract ever answers with the secret', async () => {
    const store = keyringLike();
    const board = clipboard();
    const app = nodeServices({ secrets: { keyring: store, fallback: 'memory' }, clipboard: board });
    const capture = await app.router.dispatch('credentials.capture', { profileId: 'default', clientId: ID, clientSecret: SECRET });
    expect(capture).toMatchObject({ ok: true, value: { stored: true, maskedClientId: 'Mc7d…VyL1' } });

    const ordered = [...channelNames].sort((a, b) => Number(destructive.has(a)) - Number(destructive.has(b)));
    const answers: string[] = [];
    let handled = 0;
    for (const channel of ordered) {
      const accepted = candidatePayloads.filter((p) => contract[channel].request.safeParse(p).success);
      // A channel none of the candidates fits is still called: its validation error is searched too.
      for (const payload of accepted.length ? accepted : [{}]) {
        if ((await app.credentials.status('default')).stored === false) await app.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
        const result = await app.router.dispatch(channel, payload);
        if (accepted.length) handled += 1;
        answers.push(`${channel} ${JSON.stringify(result)}`);
      }
    }
    for (const answer of answers) {
      expect(answer).not.toContain(SECRET);
      expect(answer).not.toContain(SECRET2);
    }
    expect(handled).toBeGreaterThanOrEqual(channelNames.filter((c) => c.startsWith('credentials.')).length);
    expect(answers.some((a) => a.startsWith('credentials.copy') && a.includes('"clearsInSeconds":30'))).toBe(true);
    expect(board.text).toBe(SECRET2); // the copy happened in the main process, not through a response

    for (const file of filesUnder(app.dataDir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(SECRET);
      expect(text, file).not.toContain(SECRET2);
    }
    expect(app.logLines.join('\n')).not.toContain(SECRET);
    expect(app.logLines.join('\n')).not.toContain(SECRET2);
    app.clipboard.dispose();
  });

  it('answers the status, store and delete through the router', async () => {
    const app = nodeServices({ secrets: { keyring: keyringLike(), fallback: 'memory' } });
    expect(await app.router.dispatch('credentials.status', { profileId: 'default' })).toEqual({ ok: true, value: { stored: false } });
    expect(await app.router.dispatch('credentials.storeInfo', undefined)).toMatchObject({ ok: true, value: { backend: 'secret-service', label: 'GNOME Secret Service' } });
    const bad = await app.router.dispatch('credentials.capture', { profileId: 'default', clientId: '  ', clientSecret: SECRET });
    expect(bad).toMatchObject({ ok: false, error: { code: 'client-id-empty' } });
    await app.router.dispatch('credentials.capture', { profileId: 'default', clientId: ID, clientSecret: SECRET });
    expect(await app.router.dispatch('credentials.delete', { profileId: 'default' })).toEqual({ ok: true, value: { stored: false } });
  });

  it('opens and closes the checklist gate of “Capture the keys”', async () => {
    const app = nodeServices({ secrets: { keyring: keyringLike(), fallback: 'memory' } });
    await app.router.dispatch('credentials.capture', { profileId: 'default', clientId: ID, clientSecret: SECRET });
    expect(app.progress.read('default').gates['credentials-capture']).toMatchObject({ satisfied: true });
    await app.router.dispatch('credentials.forgetSecret', { profileId: 'default' });
    expect(app.progress.read('default').gates['credentials-capture']).toMatchObject({ satisfied: true });
    await app.router.dispatch('credentials.delete', { profileId: 'default' });
    expect(app.progress.read('default').gates['credentials-capture']).toMatchObject({ satisfied: false, reason: expect.stringMatching(/Paste the Client ID/) as unknown });
  });

  it('tells the renderer why secrets are in memory only', async () => {
    const locked: SecretStore = { ...keyringLike(), set: () => Promise.reject(new AppError('secret-store-locked', 'The GNOME Secret Service is locked.')) };
    const app = nodeServices({ secrets: { keyring: locked, fallback: 'memory' } });
    const info = await app.router.dispatch('credentials.storeInfo', undefined);
    expect(info).toMatchObject({ ok: true, value: { backend: 'memory', persistent: false, fallbackReason: 'The GNOME Secret Service is locked.' } });
    expect(await app.router.dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { secretStore: { backend: 'memory' } } });
  });

  it('redacts a registered secret from error messages and log lines on every router path', async () => {
    const app = nodeServices();
    await app.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
    const leaky = {
      ...app.handlers,
      'credentials.status': () => {
        throw new AppError('secret-store-failed', `the store said ${SECRET}`);
      },
      'credentials.storeInfo': () => {
        throw new Error(`unexpected ${SECRET}`);
      },
    } as Handlers;
    const router = createRouter(leaky, { logger: app.logger, redactor: app.redactor });
    const expected = await router.dispatch('credentials.status', { profileId: 'default' });
    expect(expected).toEqual({ ok: false, error: { code: 'secret-store-failed', message: 'the store said [redacted]' } });
    const unexpected = await router.dispatch('credentials.storeInfo', undefined);
    expect(JSON.stringify(unexpected)).not.toContain(SECRET);
    const invalid = await router.dispatch('credentials.capture', { profileId: 'default', clientId: SECRET, clientSecret: 42 });
    expect(JSON.stringify(invalid)).not.toContain(SECRET);
    app.logger.info(`a careless line with ${SECRET}`, { nested: { value: SECRET } });
    expect(app.logLines.length).toBeGreaterThan(0);
    expect(app.logLines.join('\n')).not.toContain(SECRET);
  });

  it('acts on the profile the request names, not on the one active when it arrives', async () => {
    const app = nodeServices({ secrets: { keyring: keyringLike(), fallback: 'memory' } });
    // The capture step was open for the default profile; the admin switched to Customer B before the save arrived.
    const { activeId } = app.profiles.create('Customer B');
    expect(activeId).not.toBe('default');
    expect(await app.router.dispatch('credentials.capture', { profileId: 'default', clientId: ID, clientSecret: SECRET })).toMatchObject({ ok: true, value: { stored: true } });
    expect(await app.router.dispatch('credentials.status', { profileId: 'default' })).toMatchObject({ ok: true, value: { stored: true, maskedClientId: 'Mc7d…VyL1' } });
    expect(await app.router.dispatch('credentials.status', { profileId: activeId })).toEqual({ ok: true, value: { stored: false } });
    expect(await app.router.dispatch('credentials.delete', { profileId: activeId })).toEqual({ ok: true, value: { stored: false } });
    expect((await app.credentials.status('default')).stored).toBe(true);
  });

  it('refuses a profile id that names no profile, and stores nothing', async () => {
    const store = keyringLike();
    const app = nodeServices({ secrets: { keyring: store, fallback: 'memory' } });
    const refused = { ok: false, error: { code: 'profile-not-found', message: expect.stringContaining('no longer exists') as unknown } };
    expect(await app.router.dispatch('credentials.capture', { profileId: 'gone', clientId: ID, clientSecret: SECRET })).toMatchObject(refused);
    expect(await app.router.dispatch('credentials.status', { profileId: 'gone' })).toMatchObject(refused);
    expect(await app.router.dispatch('credentials.copy', { profileId: 'gone', field: 'clientId' })).toMatchObject(refused);
    expect(store.size()).toBe(0);
    expect(await app.router.dispatch('credentials.status', undefined)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('deletes a profile’s secrets when the profile is deleted', async () => {
    const store = keyringLike();
    const app = nodeServices({ secrets: { keyring: store, fallback: 'memory' } });
    const { activeId } = app.profiles.create('Customer B');
    await app.router.dispatch('credentials.capture', { profileId: activeId, clientId: ID, clientSecret: SECRET });
    expect(store.size()).toBe(1);
    await app.profiles.delete(activeId);
    expect(store.size()).toBe(0);
  });
});
