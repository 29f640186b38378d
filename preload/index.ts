import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { bridgeChannels, LumenbaseBridge } from '../shared/ipc/bridge';
import type { AppEvent } from '../shared/ipc/events';

// A sandboxed preload may require nothing but 'electron', so the channel names are restated here;
// the type annotation makes any drift from shared/ipc/bridge.ts a compile error.
const channels: typeof bridgeChannels = { invoke: 'lumenbase:invoke', event: 'lumenbase:event' };

const bridge: LumenbaseBridge = {
  invoke: (channel, input) => {
    if (typeof channel !== 'string') {
      return Promise.reject(new TypeError('The channel name must be a string'));
    }
    return ipcRenderer.invoke(channels.invoke, channel, input);
  },
  onEvent: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a listener function');
    // The renderer gets the event alone, never Electron's IPC event (which reaches ipcRenderer).
    const relay = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(channels.event, relay);
    return () => {
      ipcRenderer.removeListener(channels.event, relay);
    };
  },
};

contextBridge.exposeInMainWorld('lumenbase', bridge);
