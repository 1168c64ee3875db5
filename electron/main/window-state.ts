import type { Rectangle } from 'electron';
import type { WindowState } from '../services/settings/app-settings.ts';

/**
 * Drops a remembered position that no longer lies on any display (a monitor was unplugged), keeping the size,
 * so the window never opens off screen.
 */
export function visibleWindowState(state: WindowState | undefined, workAreas: Rectangle[]): WindowState | undefined {
  if (!state || state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const onScreen = workAreas.some((area) => x >= area.x - 16 && y >= area.y - 16 && x < area.x + area.width - 64 && y < area.y + area.height - 64);
  if (onScreen) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}
