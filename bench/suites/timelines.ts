import type { Sqlite } from '../../main/db/connection';
import { createRandom, type Random } from '../../main/seed/random';
import type { TimelineItem } from '../../shared/activities';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const contactGoalMs = 10;
const warmUp = 20;
const measured = 300;

/**
 * Records people open are the ones they work with: the contact or company of a random activity, so a
 * busy client comes up more often than someone never spoken to, and every pick has a history.
 */
const workedWith = (sqlite: Sqlite, random: Random, column: 'contact_id' | 'company_id') => {
  const maxId = sqlite.prepare('SELECT max(id) FROM activities').pluck().get() as number;
  const after = sqlite
    .prepare(`SELECT ${column} FROM activities WHERE id >= ? AND ${column} IS NOT NULL ORDER BY id LIMIT 1`)
    .pluck();
  return Array.from(
    { length: warmUp + measured },
    () => (after.get(random.int(1, maxId)) ?? after.get(1)) as number,
  );
};

/**
 * A record's page opening its history: activities and deal stage changes, newest first (up to 100), for
 * contacts and companies (a company's includes its people's activities).
 */
export const timelinesSuite: Suite = {
  name: 'timelines',
  run: async (ctx) => {
    const random = createRandom(7, 'bench-timelines');
    const kinds = [
      { of: 'contact', records: 'contacts', column: 'contact_id', goal: contactGoalMs },
      { of: 'company', records: 'companies', column: 'company_id', goal: null },
    ] as const;
    for (const { of, records, column, goal } of kinds) {
      let items = 0;
      const samples = await timeEach(
        workedWith(ctx.app.workspace.sqlite, random, column),
        async (id) => {
          items += ((await call(ctx.app, 'activities.timeline', { of, id })) as TimelineItem[]).length;
        },
        warmUp,
      );
      recordLatency(ctx.figures, `timeline.${of}`, samples, {
        goal,
        note: (count) =>
          `activities.timeline, ${count} ${records} of random activities, ${(items / (warmUp + measured)).toFixed(1)} items on average`,
      });
    }
  },
};
