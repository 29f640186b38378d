import type { z } from 'zod';
import type { Envelope, RpcError } from '../../shared/ipc/channel';
import { contract, isChannelName } from '../../shared/ipc/contract';
import type { AppContext } from '../app-context';
import { AppError } from './app-error';
import type { Handler, Handlers } from './handler-types';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

const describeIssues = (issues: z.core.$ZodIssue[]): RpcError => {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join('.') || 'input';
    fields[path] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .slice(0, 3)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  return { code: 'invalid_input', message: `Invalid input: ${summary}`, fields };
};

/** The one way into the handler table: validate, run, and answer with an envelope, never a throw. */
export const createDispatch = (
  handlers: Handlers,
  ctx: AppContext,
  log: (error: unknown) => void,
): Dispatch => {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return {
        ok: false,
        error: { code: 'unknown_channel', message: `There is no channel named "${channel}"` },
      };
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
    try {
      const handler = handlers[channel] as Handler<typeof channel>;
      return { ok: true, value: await handler(parsed.data as never, ctx) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
      }
      log(error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; nothing was saved.' } };
    }
  };
};
