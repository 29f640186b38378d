import { createRandom } from '../../main/seed/random';
import type { Page } from '../../shared/fields';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const pageSize = 100;
const warmUp = 10;
const measured = 200;

/** Scrolling the contacts list anywhere: pages of 100 by name at random offsets across the whole list. */
export const contactPagesSuite: Suite = {
  name: 'contact pages',
  run: async (ctx) => {
    const random = createRandom(7, 'bench-pages');
    const { total } = (await call(ctx.app, 'contacts.list', { limit: 1 })) as Page<unknown>;
    const offsets = Array.from({ length: warmUp + measured }, () =>
      random.int(0, Math.max(0, total - pageSize)),
    );
    const samples = await timeEach(
      offsets,
      (offset) => call(ctx.app, 'contacts.list', { limit: pageSize, offset, sort: 'name' }),
      warmUp,
    );
    recordLatency(ctx.figures, 'contacts.page', samples, {
      note: (count) => `contacts.list, ${count} pages of ${pageSize} over ${total}`,
    });
  },
};
