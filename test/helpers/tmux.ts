import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why a pseudo-terminal test cannot run here, or null when tmux is there. */
export function tmuxSkipReason(): string | null {
  if (process.platform === 'win32') return 'no tmux on Windows';
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0 ? null : 'tmux is not installed (apt-get install tmux)';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real pseudo-terminal: one tmux pane on a private server (its own socket, so no user session is touched)
 * running a shell command. The test types into it and reads the screen as a person would see it.
 */
export class TmuxTerminal {
  readonly dir = mkdtempSync(join(tmpdir(), 'aw-tty-'));
  private readonly socket = join(this.dir, 'tmux.sock');

  /** `command` gets the terminal's own temporary folder, for files the test reads afterwards. */
  constructor(command: (dir: string) => string) {
    // The pane stays open after the command so its last screen can still be read.
    const run = spawnSync('tmux', ['-S', this.socket, '-f', '/dev/null', 'new-session', '-d', '-x', '160', '-y', '40', `${command(this.dir)}; sleep 600`], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`tmux did not start: ${run.stderr}`);
  }

  private tmux(...args: string[]): string {
    return spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' }).stdout;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J');
  }

  /** The screen with its colours, as the terminal's escape sequences (to tell coloured text from plain). */
  screenWithColour(): string {
    return this.tmux('capture-pane', '-p', '-J', '-e');
  }

  /** Types text literally (no key names), as a person would. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  /** Presses keys by tmux name: Enter, C-c, BSpace… */
  press(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  async waitFor(what: string, ready: () => boolean, timeoutMs = 30_000): Promise<void> {
    for (const start = Date.now(); !ready(); await sleep(100)) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; screen:\n${this.screen()}`);
    }
  }

  async waitForFile(path: string): Promise<string> {
    await this.waitFor(path, () => existsSync(path) && readFileSync(path, 'utf8').endsWith('\n'));
    return readFileSync(path, 'utf8');
  }

  close(): void {
    this.tmux('kill-server');
  }
}
