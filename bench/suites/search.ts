import { createRandom } from '../../main/seed/random';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { typedQueries } from '../query-mix';
import { call, timeEach } from '../timing';

const searchGoalMs = 5;
const warmUpSessions = 20;
const measuredSessions = 250;

/** Search as people type: global search (the command palette) and the contacts list's search box. */
export const searchSuite: Suite = {
  name: 'search',
  run: async (ctx) => {
    const random = createRandom(7, 'bench-search');
    const warmUp = typedQueries(ctx.app.workspace.sqlite, random, warmUpSessions);
    const queries = [...warmUp, ...typedQueries(ctx.app.workspace.sqlite, random, measuredSessions)];
    ctx.progress(
      `search: ${queries.length - warmUp.length} typed queries, e.g. ${queries.slice(-4).join(' | ')}`,
    );

    const channels = [
      { figure: 'search.global', channel: 'search.global', input: (query: string) => ({ query, limit: 8 }) },
      { figure: 'contacts.search', channel: 'contacts.list', input: (query: string) => ({ query }) },
    ];
    for (const { figure, channel, input } of channels) {
      const samples = await timeEach(queries, (query) => call(ctx.app, channel, input(query)), warmUp.length);
      recordLatency(ctx.figures, figure, samples, {
        goal: searchGoalMs,
        note: (count) => `${channel}, ${count} queries`,
      });
    }
  },
};
