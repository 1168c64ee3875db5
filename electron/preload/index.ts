import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createAssistantApi } from '../../shared/ipc/bridge.ts';
import { wireChannel } from '../../shared/ipc/contract.ts';

// Exposes one named function per operation as `window.assistant`; the renderer never sees ipcRenderer or an
// IpcRendererEvent (Electron checklist item 20).
contextBridge.exposeInMainWorld(
  'assistant',
  createAssistantApi({
    invoke: (channel, payload) => ipcRenderer.invoke(wireChannel(channel), payload),
    subscribe: (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(wireChannel(event), forward);
      return () => {
        ipcRenderer.removeListener(wireChannel(event), forward);
      };
    },
  }),
);
