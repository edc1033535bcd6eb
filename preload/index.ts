import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApiClient } from '../core/api/client';
import { IPC_EVENT_PREFIX, IPC_PREFIX } from '../core/api/contract';

/**
 * Exposes the API contract to the page as `window.gloss`: one function per
 * channel and `on` for events. No ipcRenderer, no Node, nothing else.
 */
const api = createApiClient({
  call: (channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request),
  listen(event, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_EVENT_PREFIX + event, forward);
    return () => {
      ipcRenderer.off(IPC_EVENT_PREFIX + event, forward);
    };
  },
});

contextBridge.exposeInMainWorld('gloss', api);
