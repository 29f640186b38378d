import type { Envelope } from './channel';
import type { AppEvent } from './events';

/** The whole surface the preload script exposes to the renderer as `window.lumenbase`. */
export interface LumenbaseBridge {
  invoke: (channel: string, input: unknown) => Promise<Envelope<unknown>>;
  /** Subscribes to main-process events; returns the unsubscribe function. */
  onEvent: (listener: (event: AppEvent) => void) => () => void;
}

/** The single Electron IPC channel names the bridge uses; everything else is refused. */
export const bridgeChannels = { invoke: 'lumenbase:invoke', event: 'lumenbase:event' } as const;
