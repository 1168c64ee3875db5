import type { App, BrowserWindow } from 'electron';

/**
 * Chromium switches that open the app to a debugger. The fuses turn off Node's `--inspect`, but Chromium's own
 * remote debugging has no fuse, so a packaged app refuses to start with these.
 */
const DEBUG_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--remote-allow-origins'];

export function debugSwitchIn(argv: readonly string[]): string | undefined {
  return argv.find((arg) => DEBUG_SWITCHES.some((name) => arg === name || arg.startsWith(`${name}=`)));
}

/**
 * One instance: the first launch holds the lock; a second launch quits and the first focuses its window.
 * Returns false in the launch that must quit.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>, window: () => Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'> | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const current = window();
    if (!current) return;
    if (current.isMinimized()) current.restore();
    current.focus();
  });
  return true;
}
