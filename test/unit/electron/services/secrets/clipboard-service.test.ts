import type { Clipboard } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import type { ClipboardCountdown } from '../../../../../shared/credentials/credentials.ts';
import { createClipboardService, type ClipboardPort, type Timers } from '../../../../../electron/services/secrets/clipboard-service.ts';
import type { CredentialsService } from '../../../../../electron/services/secrets/secret-store.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const SECRET = 'q8F+/hT2=Zp0_Lk9s.Wn3~Xr';

/** Timers the test advances one scheduled callback at a time. */
function manualTimers(): Timers & { pending: number; step(): void; stepAll(): void } {
  let queue: Array<{ id: number; run: () => void }> = [];
  let next = 0;
  return {
    get pending() {
      return queue.length;
    },
    setTimeout(run) {
      next += 1;
      queue.push({ id: next, run });
      return next;
    },
    clearTimeout(handle) {
      queue = queue.filter((t) => t.id !== handle);
    },
    step() {
      const first = queue.shift();
      first?.run();
    },
    stepAll() {
      while (queue.length > 0) this.step();
    },
  };
}

/** Lets the clearing (which awaits the clipboard read) finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function fakeClipboard(): ClipboardPort & { text: string } {
  return {
    text: '',
    writeText(text: string): void {
      this.text = text;
    },
    readText() {
      return this.text;
    },
    clear() {
      this.text = '';
    },
  };
}

const credentials = {
  withCredentials: (_profile: string, use: (c: { clientId: string; clientSecret: string }) => Promise<unknown>) => use({ clientId: ID, clientSecret: SECRET }),
} as unknown as CredentialsService;

function setup(clipboard: ClipboardPort | null = fakeClipboard()) {
  const timers = manualTimers();
  const ticks: ClipboardCountdown[] = [];
  const service = createClipboardService({ clipboard: clipboard ?? undefined, credentials, timers, onCountdown: (t) => ticks.push(t) });
  return { service, timers, ticks, clipboard: clipboard as ClipboardPort & { text: string } };
}

describe('clipboard service', () => {
  it('accepts Electron’s own clipboard object as it is (a type-level check; Electron is not loaded)', () => {
    const asPort = (electronClipboard: Clipboard): ClipboardPort => electronClipboard;
    expect(typeof asPort).toBe('function');
  });

  it('copies the Client ID with no countdown', async () => {
    const t = setup();
    expect(await t.service.copy('default', 'clientId')).toEqual({ field: 'clientId', clearsInSeconds: null });
    expect(t.clipboard.text).toBe(ID);
    expect(t.timers.pending).toBe(0);
    expect(t.ticks).toEqual([]);
  });

  it('copies the secret and clears it after 30 seconds, counting down each second', async () => {
    const t = setup();
    expect(await t.service.copy('default', 'clientSecret')).toEqual({ field: 'clientSecret', clearsInSeconds: 30 });
    expect(t.clipboard.text).toBe(SECRET);
    for (let i = 0; i < 29; i += 1) t.timers.step();
    expect(t.clipboard.text).toBe(SECRET);
    expect(t.ticks.at(-1)).toEqual({ field: 'clientSecret', secondsLeft: 1 });
    t.timers.step();
    await settle();
    expect(t.clipboard.text).toBe('');
    expect(t.ticks.map((tick) => tick.secondsLeft)).toEqual(Array.from({ length: 31 }, (_, i) => 30 - i));
    expect(t.ticks.at(-1)).toEqual({ field: 'clientSecret', secondsLeft: 0, cleared: true });
    expect(t.timers.pending).toBe(0);
  });

  it('leaves the clipboard alone when the admin copied something else in the meantime', async () => {
    const t = setup();
    await t.service.copy('default', 'clientSecret');
    t.clipboard.text = 'something the admin copied';
    t.timers.stepAll();
    await settle();
    expect(t.clipboard.text).toBe('something the admin copied');
    expect(t.ticks.at(-1)).toEqual({ field: 'clientSecret', secondsLeft: 0, cleared: false });
  });

  it('ends the running countdown when something else is copied through the app', async () => {
    const t = setup();
    await t.service.copy('default', 'clientSecret');
    t.timers.step();
    await t.service.copy('default', 'clientId');
    expect(t.clipboard.text).toBe(ID);
    expect(t.ticks.at(-1)).toEqual({ field: 'clientSecret', secondsLeft: 0, cleared: true });
    expect(t.timers.pending).toBe(0);
  });

  it('restarts the countdown on a second copy of the secret', async () => {
    const t = setup();
    await t.service.copy('default', 'clientSecret');
    t.timers.step();
    t.timers.step();
    await t.service.copy('default', 'clientSecret');
    expect(t.ticks.at(-1)).toEqual({ field: 'clientSecret', secondsLeft: 30 });
    expect(t.timers.pending).toBe(1);
  });

  it('clears the secret at once on dispose (the app quits)', async () => {
    const t = setup();
    await t.service.copy('default', 'clientSecret');
    t.service.dispose();
    await settle();
    expect(t.clipboard.text).toBe('');
    expect(t.timers.pending).toBe(0);
  });

  it('never puts the secret into a countdown event', async () => {
    const t = setup();
    await t.service.copy('default', 'clientSecret');
    t.timers.stepAll();
    await settle();
    expect(JSON.stringify(t.ticks)).not.toContain(SECRET);
  });

  it('works with Electron’s promise-returning clipboard too', async () => {
    const board = fakeClipboard();
    const asyncBoard: ClipboardPort = {
      writeText: (text) => Promise.resolve(board.writeText(text)),
      readText: () => Promise.resolve(board.readText()),
      clear: () => board.clear(),
    };
    const t = setup(asyncBoard);
    await t.service.copy('default', 'clientSecret');
    expect(board.text).toBe(SECRET);
    t.timers.stepAll();
    await settle();
    expect(board.text).toBe('');
  });

  it('answers clipboard-unavailable where there is no clipboard (the CLI)', async () => {
    const t = setup(null);
    const error = await t.service.copy('default', 'clientSecret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('clipboard-unavailable');
  });
});
