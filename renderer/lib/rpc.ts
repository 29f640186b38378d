import type { LumenbaseBridge } from '../../shared/ipc/bridge';
import type { Envelope, RpcError } from '../../shared/ipc/channel';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { AppEvent } from '../../shared/ipc/events';

const unreachable: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Lumenbase is not answering. Is the app still running?' },
};

/** The web host's transport: the same envelopes over HTTP, and events over server-sent events. */
const httpTransport: LumenbaseBridge = {
  invoke: async (channel, input) => {
    try {
      const response = await fetch(`rpc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return unreachable;
    }
  },
  onEvent: (listener) => {
    const source = new EventSource('events');
    source.onmessage = (message) => listener(JSON.parse(message.data) as AppEvent);
    return () => source.close();
  },
};

/** Electron's preload bridge when present, HTTP otherwise: same calls, same validation behind them. */
const transport: LumenbaseBridge = (globalThis as { lumenbase?: LumenbaseBridge }).lumenbase ?? httpTransport;

export class RpcFailure extends Error {
  constructor(readonly error: RpcError) {
    super(error.message);
    this.name = 'RpcFailure';
  }

  get fields(): Record<string, string> {
    return this.error.fields ?? {};
  }
}

export const invoke = async <K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> => {
  const result = await transport.invoke(channel, input);
  if (!result.ok) throw new RpcFailure(result.error);
  return result.value as ChannelOutput<K>;
};

export const onAppEvent = (listener: (event: AppEvent) => void) => transport.onEvent(listener);

export const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong; nothing was saved.';
