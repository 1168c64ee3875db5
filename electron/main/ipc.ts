import type { IpcMainInvokeEvent } from 'electron';
import { channelNames, wireChannel } from '../../shared/ipc/contract.ts';
import { fail, type Result } from '../../shared/ipc/result.ts';
import type { Logger } from '../services/logging/logger.ts';
import type { Router } from '../services/router.ts';
import { isAppUrl } from './app-origin.ts';

/** The parts of an invoke event the sender check reads. */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { mainFrame: unknown };
}

/** Only the top frame of our own `app://` page may call the main process (Electron checklist item 17). */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => Promise<Result<unknown>>): void;
}

/** Registers one handler per contract channel, each behind the sender check; the router validates the payload. */
export function registerIpcHandlers(ipcMain: IpcRegistrar, router: Router, logger: Logger): void {
  for (const channel of channelNames) {
    ipcMain.handle(wireChannel(channel), async (event, payload) => {
      if (!isTrustedSender(event)) {
        logger.warn('rejected IPC from an untrusted sender', { channel, url: event.senderFrame?.url ?? null });
        return fail('forbidden-sender', 'This request did not come from the assistant’s own window and was refused.');
      }
      return router.dispatch(channel, payload);
    });
  }
}
