import { performance } from 'node:perf_hooks';
import type { ImportPhase } from '../../shared/imports';
import type { EventBus } from '../events/event-bus';

/** Often enough for a smooth bar, rarely enough not to flood the window with events. */
const minimumGapMs = 50;

/** Sends imports.progress events for one run: every phase change, and in between at most every 50 ms. */
export const importProgress = (events: EventBus, importId: string) => {
  let last = Number.NEGATIVE_INFINITY;
  let total = 0;
  const emit = (phase: ImportPhase, processed: number) => {
    last = performance.now();
    events.emit('imports.progress', { importId, processed, total, phase });
  };
  return {
    start: () => emit('parsing', 0),
    parsed: (rows: number) => {
      total = rows;
      emit('importing', 0);
    },
    advanced: (processed: number) => {
      if (performance.now() - last >= minimumGapMs) emit('importing', processed);
    },
    done: () => emit('done', total),
  };
};

/** Lets queued I/O run, so events already emitted reach the window while the transaction stays open. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
