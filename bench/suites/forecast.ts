import type { Sqlite } from '../../main/db/connection';
import { batchInsert } from '../../main/seed/batch-insert';
import { createRandom, type Random } from '../../main/seed/random';
import type { Suite } from '../context';
import { summarize } from '../stats';
import { call, timeEach } from '../timing';

const deals = 30_000;
const forecastGoalMs = 50;
const warmUp = 10;
const measured = 200;

interface DealRow {
  title: string;
  pipeline_id: number;
  stage_id: number;
  value_minor: number;
  currency: string;
  expected_close_date: string | null;
  created_at: string;
  updated_at: string;
}

/** Mostly euros, with the currencies a European consultant meets; BHD is left without a rate on purpose. */
const currencies = ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'USD', 'USD', 'GBP', 'JPY', 'BHD'] as const;
const exponents: Record<string, number> = { EUR: 2, USD: 2, GBP: 2, JPY: 0, BHD: 3 };

const closeDate = (random: Random, now: Date) => {
  if (random.chance(0.1)) return null;
  const date = new Date(now.getTime() + random.int(-180, 540) * 86_400_000);
  return date.toISOString().slice(0, 10);
};

/** Deals straight into the table, in every stage of the default pipeline (open, won and lost). */
const insertDeals = (sqlite: Sqlite, random: Random, now: Date) => {
  const stageIds = sqlite
    .prepare('SELECT id FROM pipeline_stages WHERE pipeline_id = 1 ORDER BY position')
    .pluck()
    .all() as number[];
  const stamp = now.toISOString();
  const insert = batchInsert<DealRow>(sqlite, 'deals', [
    'title',
    'pipeline_id',
    'stage_id',
    'value_minor',
    'currency',
    'expected_close_date',
    'created_at',
    'updated_at',
  ]);
  sqlite.transaction(() => {
    for (let i = 0; i < deals; i++) {
      const currency = random.pick(currencies);
      insert.add({
        title: `Deal ${i + 1}`,
        pipeline_id: 1,
        stage_id: random.pick(stageIds),
        value_minor: random.int(500, 250_000) * 10 ** (exponents[currency] ?? 2),
        currency,
        expected_close_date: closeDate(random, now),
        created_at: stamp,
        updated_at: stamp,
      });
    }
    insert.flush();
  })();
};

/** The forecast page: open deals of the default pipeline by month, per currency and converted. */
export const forecastSuite: Suite = {
  name: 'forecast',
  run: async (ctx) => {
    const sqlite = ctx.app.workspace.sqlite;
    insertDeals(sqlite, createRandom(7, 'bench-forecast'), new Date());
    await call(ctx.app, 'forecast.saveRates', {
      baseCurrency: 'EUR',
      commitProbability: 75,
      rates: [
        { currency: 'USD', rate: '0.9237' },
        { currency: 'GBP', rate: '1.1694' },
        { currency: 'JPY', rate: '0.0061' },
      ],
    });
    const inputs = Array.from({ length: warmUp + measured }, (_, i) => ({ months: i % 2 === 0 ? 12 : 24 }));
    const samples = await timeEach(inputs, (input) => call(ctx.app, 'forecast.get', input), warmUp);
    const { p50, p95, count } = summarize(samples);
    const note = `forecast.get, ${count} calls over ${deals} deals in 5 currencies`;
    ctx.figures.record({ name: 'forecast.get.p50', value: p50, unit: 'ms', goal: null, note });
    ctx.figures.record({ name: 'forecast.get.p95', value: p95, unit: 'ms', goal: forecastGoalMs, note });
  },
};
