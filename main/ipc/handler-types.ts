import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { AppContext } from '../app-context';

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  ctx: AppContext,
) => Promise<ChannelOutput<K>> | ChannelOutput<K>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** The handlers of one domain: every channel named `<prefix>.*` must be present. */
export type DomainHandlers<Prefix extends string> = Pick<
  Handlers,
  Extract<ChannelName, `${Prefix}.${string}`>
>;
