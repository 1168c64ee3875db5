import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from '../services/settings/app-settings.ts';
import { PRODUCT_NAME } from '../services/paths.ts';

const DEFAULT_WINDOW = { width: 1180, height: 820 } as const;

/** The one place the renderer's powers are decided: sandboxed, isolated, no Node, no DevTools when packaged. */
export function mainWindowOptions(options: {
  preloadPath: string;
  state: WindowState | undefined;
  isPackaged: boolean;
  dark: boolean;
}): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    title: PRODUCT_NAME,
    width: state?.width ?? DEFAULT_WINDOW.width,
    height: state?.height ?? DEFAULT_WINDOW.height,
    ...(state?.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 860,
    minHeight: 600,
    show: false,
    // Matches the first paint of the page in each theme, so the window does not flash white in dark mode.
    backgroundColor: options.dark ? '#14171c' : '#f6f7f9',
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !options.isPackaged,
    },
  };
}
