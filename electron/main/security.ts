import type { Event, HandlerDetails, Session, WindowOpenHandlerResponse } from 'electron';
import { externalUrlToOpen } from '../../shared/links.ts';
import type { Logger } from '../services/logging/logger.ts';
import { isAppUrl } from './app-origin.ts';

/** The parts of `WebContents` the hardening touches, so tests can hand in a small fake. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Pick<Event, 'preventDefault'>, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Pick<Event, 'preventDefault'>) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

export interface HardeningDeps {
  /** Opens an allowlisted https link in the system browser; it receives the parsed, re-serialised URL only. */
  openExternal: (url: string) => void;
  logger: Logger;
}

/**
 * Every web contents the app creates: navigation stays on the app origin, new windows are always denied (an
 * allowlisted https link opens in the browser instead), and `<webview>` can never attach.
 */
export function hardenWebContents(contents: HardenableContents, { openExternal, logger }: HardeningDeps): void {
  const keepOnAppOrigin = (event: Pick<Event, 'preventDefault'>, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    const checked = externalUrlToOpen(url);
    if (checked) openExternal(checked);
    else logger.warn('blocked navigation away from the app', { url });
  };
  contents.on('will-navigate', keepOnAppOrigin);
  contents.on('will-redirect', keepOnAppOrigin);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const checked = externalUrlToOpen(url);
    if (checked) openExternal(checked);
    else logger.warn('blocked a new window', { url });
    return { action: 'deny' };
  });
}

export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** Electron grants permissions by default; this app needs none (camera, notifications via main, clipboard via main). */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
