import { type Kysely, sql } from 'kysely';
import type { Forecast, ForecastInput, ForecastSettings, SaveRatesInput } from '../../shared/forecast';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { notFound } from '../ipc/app-error';
import { readSetting, writeSetting } from '../settings/settings';
import { buildForecast, type ForecastGroup } from './forecast-math';

const activePipelines = (db: Kysely<Database>) =>
  db
    .selectFrom('pipelines')
    .select(['id', 'name'])
    .where('archived_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('position')
    .execute();

const loadRates = (db: Kysely<Database>) =>
  db.selectFrom('currency_rates').select(['currency', 'rate', 'updated_at']).orderBy('currency').execute();

interface GroupRow {
  month: string | null;
  currency: string;
  probability: number;
  deal_count: number;
  overdue_count: number;
  value: string;
}

/**
 * Open deals (in an open stage, not archived) of one pipeline summed per close month, currency and stage
 * probability: one grouped pass over the covering index deals_forecast (named, since the planner cannot
 * tell it from the narrower close-month index without statistics), so the money math runs on a few
 * hundred sums rather than every deal. Sums come back as text so values beyond 2^53 stay exact.
 */
const groupedOpenDeals = async (db: Kysely<Database>, pipelineId: number, today: string) => {
  const { rows } = await sql<GroupRow>`
    SELECT substr(d.expected_close_date, 1, 7) AS month, d.currency, s.probability,
           count(*) AS deal_count,
           count(CASE WHEN d.expected_close_date < ${today} THEN 1 END) AS overdue_count,
           CAST(sum(d.value_minor) AS TEXT) AS value
      FROM deals d INDEXED BY deals_forecast
      JOIN pipeline_stages s ON s.id = d.stage_id
     WHERE d.pipeline_id = ${pipelineId} AND d.archived_at IS NULL AND s.outcome = 'open'
     GROUP BY month, d.currency, s.probability`.execute(db);
  return rows.map(
    (row): ForecastGroup => ({
      month: row.month,
      currency: row.currency,
      probability: row.probability,
      dealCount: row.deal_count,
      overdueCount: row.overdue_count,
      value: BigInt(row.value),
    }),
  );
};

export const getForecast = async (
  db: Kysely<Database>,
  { pipelineId, months = 12 }: ForecastInput,
  now: Date,
): Promise<Forecast> => {
  const pipelines = await activePipelines(db);
  const pipeline = pipelineId === undefined ? pipelines[0] : pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) throw notFound('Pipeline', pipelineId ?? 0);
  const today = now.toISOString().slice(0, 10);
  const [baseCurrency, commitProbability, rates, groups] = await Promise.all([
    readSetting(db, 'base_currency'),
    readSetting(db, 'commit_probability'),
    loadRates(db),
    groupedOpenDeals(db, pipeline.id, today),
  ]);
  const currentMonth = today.slice(0, 7);
  const { buckets, totals } = buildForecast(groups, {
    baseCurrency,
    commitProbability,
    rates: new Map(rates.map((row) => [row.currency, row.rate])),
    currentMonth,
    months,
  });
  return { pipeline, pipelines, baseCurrency, commitProbability, currentMonth, months, buckets, totals };
};

export const getForecastSettings = async (db: Kysely<Database>): Promise<ForecastSettings> => {
  const [baseCurrency, commitProbability, rates, inUse] = await Promise.all([
    readSetting(db, 'base_currency'),
    readSetting(db, 'commit_probability'),
    loadRates(db),
    db
      .selectFrom('deals as d')
      .innerJoin('pipeline_stages as s', 's.id', 'd.stage_id')
      .where('d.archived_at', 'is', null)
      .where('s.outcome', '=', 'open')
      .select('d.currency')
      .distinct()
      .orderBy('d.currency')
      .execute(),
  ]);
  return {
    baseCurrency,
    commitProbability,
    rates: rates.map((row) => ({ currency: row.currency, rate: row.rate, updatedAt: row.updated_at })),
    currenciesInUse: inUse.map((row) => row.currency),
  };
};

/** Replaces the settings and every rate in one transaction; a rate keeps its date unless its value changed. */
export const saveForecastSettings = (ctx: AppContext, input: SaveRatesInput): Promise<ForecastSettings> =>
  write(ctx, ['settings'], async (trx) => {
    const now = ctx.clock().toISOString();
    await writeSetting(trx, 'base_currency', input.baseCurrency);
    await writeSetting(trx, 'commit_probability', input.commitProbability);
    const before = new Map((await loadRates(trx)).map((row) => [row.currency, row]));
    await trx.deleteFrom('currency_rates').execute();
    if (input.rates.length > 0) {
      await trx
        .insertInto('currency_rates')
        .values(
          input.rates.map(({ currency, rate }) => {
            const kept = before.get(currency);
            return { currency, rate, updated_at: kept?.rate === rate ? kept.updated_at : now };
          }),
        )
        .execute();
    }
    return getForecastSettings(trx);
  });
