import { performance } from 'node:perf_hooks';
import { startApp } from '../../main/app';
import type { Suite } from '../context';
import { median } from '../stats';

const opens = 7;

/**
 * Opening the workspace as the app starts: connection, pragmas and the migration check, with the app's
 * startApp. The file stays in the OS page cache between opens, so this is the app's own cost, not disk.
 */
export const workspaceOpenSuite: Suite = {
  name: 'workspace open',
  run: async (ctx) => {
    const samples: number[] = [];
    for (let i = 0; i < opens; i++) {
      await ctx.app.close();
      const started = performance.now();
      ctx.app = await startApp({ dataDir: ctx.dataDir, log: () => {} });
      samples.push(performance.now() - started);
    }
    ctx.figures.record({
      name: 'workspace.open.median',
      value: median(samples),
      unit: 'ms',
      goal: null,
      note: `startApp after close, median of ${opens}`,
    });
  },
};
