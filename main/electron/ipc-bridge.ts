import { bridgeChannels } from '../../shared/ipc/bridge';
import type { Envelope } from '../../shared/ipc/channel';
import type { EventBus } from '../events/event-bus';
import type { Dispatch } from '../ipc/dispatch';
import { isAppUrl } from './app-protocol';

/** What an `ipcMain.handle` listener receives about its caller. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/**
 * The listener for bridgeChannels.invoke. Only a frame showing the app itself may call the backend;
 * a frame that is gone or shows anything else is refused before its input is looked at.
 */
export const createInvokeListener =
  (dispatch: Dispatch) =>
  async (event: InvokeEventLike, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const url = event.senderFrame?.url;
    if (url === undefined || !isAppUrl(url)) {
      throw new Error(`Refused an IPC call from outside the app (${url ?? 'a destroyed frame'})`);
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'The channel name must be a string' } };
    }
    return dispatch(channel, input);
  };

/** The part of Electron's WebContents that events are sent to. */
export interface EventReceiver {
  isDestroyed: () => boolean;
  getURL: () => string;
  send: (channel: string, ...args: unknown[]) => void;
}

/** Pushes every main-process event to each live window showing the app; returns the unsubscribe. */
export const forwardEvents = (events: EventBus, targets: () => Iterable<EventReceiver>): (() => void) =>
  events.subscribe((event) => {
    for (const target of targets()) {
      if (!target.isDestroyed() && isAppUrl(target.getURL())) target.send(bridgeChannels.event, event);
    }
  });
