import type { z } from 'zod';

declare const outputBrand: unique symbol;

/** A phantom marker carrying a channel's output type; it holds no value at run time. */
export interface Returns<T> {
  readonly [outputBrand]?: T;
}

export const returns = <T>(): Returns<T> => ({});

export interface ChannelSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  summary: string;
  input: Input;
  output: Returns<Output>;
}

export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'unknown_channel' | 'internal';

export interface RpcError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) to a message the form can show beside that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RpcError };
