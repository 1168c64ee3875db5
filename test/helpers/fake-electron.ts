import { EventEmitter } from 'node:events';

/**
 * Small typed fakes of the Electron objects the main-process functions receive. They record what was registered
 * so a test can fire the same events Electron would.
 */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: 'allow' | 'deny' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires `name` like Electron does and tells whether a listener prevented the default. */
  fire(name: string, ...args: unknown[]): FakeEvent {
    const event = fakeEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

type PermissionCallback = (granted: boolean) => void;

export class FakeSession {
  requestHandler?: (contents: unknown, permission: string, callback: PermissionCallback, details: unknown) => void;
  checkHandler?: (...args: unknown[]) => boolean;
  deviceHandler?: (...args: unknown[]) => boolean;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  handle(channel: string, handler: (event: never, payload: unknown) => Promise<unknown>): void {
    this.handlers.set(channel, handler as (event: unknown, payload: unknown) => Promise<unknown>);
  }
}

/** An invoke event from a frame at `url`; `subFrame` makes it come from an iframe of the top frame. */
export function fakeInvokeEvent(url: string, options: { subFrame?: boolean; noFrame?: boolean } = {}) {
  const mainFrame = { url: 'app://assistant/index.html', parent: null };
  const frame = options.subFrame ? { url, parent: mainFrame } : { ...mainFrame, url };
  return {
    senderFrame: options.noFrame ? null : frame,
    sender: { mainFrame: options.subFrame ? mainFrame : frame },
  };
}
