import { AppError } from '../../../shared/errors.ts';
import type { ClipboardCountdown, CredentialField } from '../../../shared/credentials/credentials.ts';
import type { CredentialsService } from './secret-store.ts';

/**
 * The slice of Electron's `clipboard` the service uses; `electron/main` passes the real one. Electron 45's typings
 * make `readText`/`writeText` promise-returning (modelled on navigator.clipboard), older ones are synchronous: both fit.
 */
export interface ClipboardPort {
  /** Nothing, or a promise (Electron 45); typed `unknown` so callers that ignore it stay valid either way. */
  writeText(text: string): unknown;
  readText(): string | Promise<string>;
  clear(): void;
}

/** Injectable so tests step the countdown without waiting. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const SECRET_CLIPBOARD_SECONDS = 30;

export interface ClipboardServiceDeps {
  clipboard: ClipboardPort | undefined;
  credentials: CredentialsService;
  /** Pushes the countdown to the renderer (`credentials.clipboardCountdown`). */
  onCountdown: (tick: ClipboardCountdown) => void;
  timers?: Timers;
  clearAfterSeconds?: number;
}

export interface CopyResult {
  field: CredentialField;
  clearsInSeconds: number | null;
}

export interface ClipboardService {
  copy(profileId: string, field: CredentialField): Promise<CopyResult>;
  /** Ends a running countdown now, clearing the secret if it is still there (the app is quitting). */
  dispose(): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Copies the Client ID or Secret for pasting into the Arctic Wolf portal. The copy happens here in the main process,
 * so the secret never travels to the renderer. A copied secret is wiped after 30 s — but only if the clipboard still
 * holds it: whatever the admin copied since is theirs and stays.
 */
export function createClipboardService(deps: ClipboardServiceDeps): ClipboardService {
  const timers = deps.timers ?? realTimers;
  const total = deps.clearAfterSeconds ?? SECRET_CLIPBOARD_SECONDS;
  let running: { secret: string; handle: unknown; secondsLeft: number } | undefined;

  const finish = async (): Promise<void> => {
    if (!running) return;
    const { secret, handle } = running;
    running = undefined;
    timers.clearTimeout(handle);
    const board = deps.clipboard;
    let cleared = false;
    try {
      if (board && (await board.readText()) === secret) {
        board.clear();
        cleared = true;
      }
    } catch {
      // An unreadable clipboard holds something else (an image, a file); nothing of ours to clear.
    }
    deps.onCountdown({ field: 'clientSecret', secondsLeft: 0, cleared });
  };

  const tick = (): void => {
    if (!running) return;
    running.secondsLeft -= 1;
    if (running.secondsLeft <= 0) return void finish();
    deps.onCountdown({ field: 'clientSecret', secondsLeft: running.secondsLeft });
    running.handle = timers.setTimeout(tick, 1000);
  };

  return {
    async copy(profileId, field) {
      const clipboard = deps.clipboard;
      if (!clipboard) throw new AppError('clipboard-unavailable', 'The clipboard is not available here. Copy the value from the app window instead.');
      // A new copy replaces the old one on the clipboard: end the running countdown first (it clears only its own secret).
      await finish();
      return deps.credentials.withCredentials<CopyResult>(profileId, async ({ clientId, clientSecret }) => {
        if (field === 'clientId') {
          await clipboard.writeText(clientId);
          return { field, clearsInSeconds: null };
        }
        await clipboard.writeText(clientSecret);
        running = { secret: clientSecret, secondsLeft: total, handle: timers.setTimeout(tick, 1000) };
        deps.onCountdown({ field, secondsLeft: total });
        return { field, clearsInSeconds: total };
      });
    },
    dispose: () => void finish(),
  };
}
