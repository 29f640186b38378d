import type { Board } from '../../shared/deals';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const boardGoalMs = 20;
const warmUp = 10;
const measured = 200;

/** Opening the deals board: the default pipeline's columns with counts, totals and the top 100 cards. */
export const dealBoardSuite: Suite = {
  name: 'deal board',
  run: async (ctx) => {
    const inputs = Array.from({ length: warmUp + measured }, () => ({}));
    const samples = await timeEach(inputs, (input) => call(ctx.app, 'deals.board', input), warmUp);
    const board = (await call(ctx.app, 'deals.board', {})) as Board;
    const cards = board.columns.reduce((n, column) => n + column.deals.length, 0);
    const deals = board.columns.reduce((n, column) => n + column.count, 0);
    recordLatency(ctx.figures, 'deals.board', samples, {
      goal: boardGoalMs,
      note: (count) =>
        `deals.board, ${count} loads: ${board.columns.length} columns, ${cards} cards of ${deals}`,
    });
  },
};
