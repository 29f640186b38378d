import { z } from 'zod';
import { channelNames, contract } from '../../shared/ipc/contract';

export interface ChannelDescription {
  name: string;
  summary: string;
  path: string;
  input: unknown;
}

/** Every channel with its input as JSON Schema, for `GET /rpc`: tools and tests discover the API here. */
export const describeChannels = (): ChannelDescription[] =>
  channelNames.map((name) => ({
    name,
    summary: contract[name].summary,
    path: `/rpc/${name}`,
    input: z.toJSONSchema(contract[name].input, { io: 'input' }),
  }));
