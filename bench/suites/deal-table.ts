import { createRandom } from '../../main/seed/random';
import type { Page } from '../../shared/fields';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const pageSize = 100;
const warmUp = 10;
const measured = 200;

/** The deals table sorted by value, biggest first, scrolled to random pages of the open deals. */
export const dealTableSuite: Suite = {
  name: 'deal table',
  run: async (ctx) => {
    const random = createRandom(7, 'bench-deal-table');
    const { total } = (await call(ctx.app, 'deals.list', { limit: 1 })) as Page<unknown>;
    const offsets = Array.from({ length: warmUp + measured }, () =>
      random.int(0, Math.max(0, total - pageSize)),
    );
    const samples = await timeEach(
      offsets,
      (offset) => call(ctx.app, 'deals.list', { sort: 'value', limit: pageSize, offset }),
      warmUp,
    );
    recordLatency(ctx.figures, 'deals.page.by-value', samples, {
      note: (count) => `deals.list, ${count} pages of ${pageSize} over ${total} open deals`,
    });
  },
};
