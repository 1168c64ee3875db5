import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, debugSwitchIn } from '../../../../electron/main/launch-guards.ts';

describe('debugSwitchIn', () => {
  it.each([['--remote-debugging-port=9222'], ['--remote-debugging-pipe'], ['--remote-allow-origins=*']])('finds %s', (arg) => {
    expect(debugSwitchIn(['/opt/app/assistant', arg])).toBe(arg);
  });
  it('ignores ordinary arguments', () => {
    expect(debugSwitchIn(['/opt/app/assistant', '--no-sandbox', '--remote-debugging-portable'])).toBeUndefined();
  });
});

class FakeApp extends EventEmitter {
  quitCalled = false;
  readonly gotLock: boolean;
  constructor(gotLock: boolean) {
    super();
    this.gotLock = gotLock;
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalled = true;
  }
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  return {
    calls,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    focus: () => void calls.push('focus'),
  };
}

describe('claimSingleInstance', () => {
  it('quits a second launch', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app as never, () => undefined)).toBe(false);
    expect(app.quitCalled).toBe(true);
  });

  it('focuses (and restores) the first window when another launch starts', () => {
    const app = new FakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => window)).toBe(true);
    app.emit('second-instance');
    expect(window.calls).toEqual(['restore', 'focus']);
    expect(app.quitCalled).toBe(false);
  });
});
