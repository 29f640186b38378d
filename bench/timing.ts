import { performance } from 'node:perf_hooks';
import type { App } from '../main/app';

/** Calls a channel through the real dispatcher, as the UI does, and fails loudly on an error answer. */
export const call = async (app: App, channel: string, input: unknown) => {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
};

/**
 * Times `run` once per input, in order, and returns the times in ms. The first `warmUp` inputs run
 * untimed so statement caches and the page cache are warm, as in an app that has been open a while.
 */
export const timeEach = async <T>(
  inputs: readonly T[],
  run: (input: T) => Promise<unknown>,
  warmUp: number,
): Promise<number[]> => {
  const samples: number[] = [];
  for (const [index, input] of inputs.entries()) {
    const started = performance.now();
    await run(input);
    const elapsed = performance.now() - started;
    if (index >= warmUp) samples.push(elapsed);
  }
  return samples;
};
