import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/window-options.ts';

describe('mainWindowOptions', () => {
  const options = (isPackaged: boolean) => mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', state: undefined, isPackaged, dark: false });

  it('sandboxes the renderer with context isolation and no Node', () => {
    expect(options(true).webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(options(true).webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has no DevTools when packaged, and keeps them for development', () => {
    expect(options(true).webPreferences?.devTools).toBe(false);
    expect(options(false).webPreferences?.devTools).toBe(true);
  });

  it('restores the remembered size and position', () => {
    const restored = mainWindowOptions({ preloadPath: 'p', state: { x: 10, y: 20, width: 1000, height: 700, maximized: false }, isPackaged: true, dark: true });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
  });
});
