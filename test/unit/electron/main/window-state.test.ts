import { describe, expect, it } from 'vitest';
import { visibleWindowState } from '../../../../electron/main/window-state.ts';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('visibleWindowState', () => {
  it('keeps a position that is on a display', () => {
    const state = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(visibleWindowState(state, [display])).toEqual(state);
  });
  it('drops a position left behind by an unplugged monitor, keeping the size', () => {
    expect(visibleWindowState({ x: 3000, y: 100, width: 1000, height: 700, maximized: true }, [display])).toEqual({ width: 1000, height: 700, maximized: true });
  });
  it('passes through no state', () => {
    expect(visibleWindowState(undefined, [display])).toBeUndefined();
  });
});
