import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/cli/command.ts';
import { readFirstLine } from '../../../../electron/cli/stdin.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../testing/fake-mimecast.ts';
import { tempDataDir } from '../../../../testing/services.ts';
import { TmuxTerminal, tmuxSkipReason } from '../../../helpers/tmux.ts';

const root = join(import.meta.dirname, '../../../..');

describe('electron/cli/stdin.ts from a pipe', () => {
  it('reads the first line only, without its line ending', async () => {
    const prompts: string[] = [];
    expect(await readFirstLine(Readable.from(['sec', 'ret-1\r\nsecond line\n']), 'Client Secret', (t) => prompts.push(t))).toBe('secret-1');
    expect(prompts).toEqual([]);
  });

  it.each([1_041, 65_000, 70_000])('refuses a first line of %i characters, even when its newline comes in the same chunk', async (length) => {
    const line = 'x'.repeat(length);
    await expect(readFirstLine(Readable.from([`${line}\n`]), 'Client Secret', () => {})).rejects.toMatchObject({ code: 'stdin-too-long' });
    await expect(readFirstLine(Readable.from([line.slice(0, 1000), `${line.slice(1000)}\nnext\n`]), 'Client Secret', () => {})).rejects.toMatchObject({ code: 'stdin-too-long' });
  });

  it('takes a line of exactly the limit (1,040 characters)', async () => {
    const line = 'y'.repeat(1_040);
    expect(await readFirstLine(Readable.from([`${line}\n`]), 'Client Secret', () => {})).toBe(line);
  });

  it('calls an empty stdin an input error', async () => {
    await expect(readFirstLine(Readable.from(['\n']), 'Client Secret', () => {})).rejects.toThrow(UsageError);
  });
});

const skip = tmuxSkipReason();
if (skip) console.warn(`[skipped] the no-echo prompt under a pseudo-terminal — ${skip}`);

describe.skipIf(skip !== null)('electron/cli/stdin.ts at a terminal (tmux pseudo-terminal)', () => {
  let fake: FakeMimecast;
  beforeAll(async () => {
    fake = await startFakeMimecast();
  });
  afterAll(() => fake.close());

  /** `verify --client-id` in a terminal: the secret is asked for at a prompt. Exit code and `stty -a` go to files. */
  function verifyAtTerminal(): { terminal: TmuxTerminal; out: string; exit: string; stty: string } {
    const dataDir = tempDataDir('aw-tty-data-');
    const cli = [process.execPath, '--experimental-strip-types', '--disable-warning=ExperimentalWarning', join(root, 'electron/cli/bin.js')];
    const args = ['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', fake.baseUrl, '--data-dir', dataDir, '--json'];
    const quoted = [...cli, ...args].map((a) => `'${a}'`).join(' ');
    const terminal = new TmuxTerminal((dir) => `${quoted} > '${dir}/out.json'; echo $? > '${dir}/exit.txt'; stty -a > '${dir}/stty.txt'`);
    const [out, exit, stty] = ['out.json', 'exit.txt', 'stty.txt'].map((f) => join(terminal.dir, f)) as [string, string, string];
    return { terminal, out, exit, stty };
  }

  it('shows a prompt, echoes nothing of what is typed, and reads it exactly', async () => {
    const { terminal, out, exit } = verifyAtTerminal();
    try {
      await terminal.waitFor('the prompt', () => terminal.screen().includes('Client Secret (typing is not shown):'));
      terminal.type(`${FAKE_CLIENT_SECRET}x`);
      terminal.press('BSpace');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Nothing of the secret, not even a mask, while it is being typed.
      expect(terminal.screen()).not.toContain(FAKE_CLIENT_SECRET.slice(0, 6));
      expect(terminal.screen()).not.toMatch(/\*{3,}/);
      terminal.press('Enter');
      expect((await terminal.waitForFile(exit)).trim()).toBe('0');
      // The gateway stand-in issued a token: it received exactly the typed secret (Backspace took the extra x).
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ ok: true, token: { ok: true } });
      expect(terminal.screen()).not.toContain(FAKE_CLIENT_SECRET.slice(0, 6));
    } finally {
      terminal.close();
    }
  });

  it('Ctrl-C cancels with exit 2 and leaves the terminal echoing and line-buffered again', async () => {
    const { terminal, out, exit, stty } = verifyAtTerminal();
    try {
      await terminal.waitFor('the prompt', () => terminal.screen().includes('Client Secret (typing is not shown):'));
      terminal.type('half-typed');
      terminal.press('C-c');
      expect((await terminal.waitForFile(exit)).trim()).toBe('2');
      const modes = ` ${(await terminal.waitForFile(stty)).replace(/\s+/g, ' ')} `;
      expect(modes).toContain(' echo ');
      expect(modes).toContain(' icanon ');
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ error: { code: 'cancelled', message: 'Cancelled at the Client Secret prompt; nothing was changed.' } });
      expect(terminal.screen()).not.toContain('half-typed');
    } finally {
      terminal.close();
    }
  });
});
