import type { Suite } from '../context';

/** Run last: the main process's resident memory after everything above. */
export const memorySuite: Suite = {
  name: 'memory',
  run: async (ctx) => {
    ctx.figures.record({
      name: 'memory.rss',
      value: process.memoryUsage().rss / (1024 * 1024),
      unit: 'MB',
      goal: null,
      note: 'main process RSS after the runs',
    });
  },
};
