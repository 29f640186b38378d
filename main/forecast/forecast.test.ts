import { describe, expect, it } from 'vitest';
import type { ForecastBucket } from '../../shared/forecast';
import { startTestApp, type TestApp } from '../test-support';

const now = '2026-11-24T09:00:00.000Z';

const stageId = async (app: TestApp, name: string, pipelineId = 1) => {
  const stage = await app.workspace.db
    .selectFrom('pipeline_stages')
    .select('id')
    .where('pipeline_id', '=', pipelineId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return stage.id;
};

interface DealSpec {
  stage: string;
  currency: string;
  value: number;
  close: string | null;
  pipelineId?: number;
  archived?: boolean;
}

/** Deals go straight into the table: the forecast reads deals, whoever wrote them. */
const insertDeals = async (app: TestApp, deals: DealSpec[]) => {
  for (const [index, deal] of deals.entries()) {
    const pipelineId = deal.pipelineId ?? 1;
    await app.workspace.db
      .insertInto('deals')
      .values({
        title: `Deal ${index + 1}`,
        pipeline_id: pipelineId,
        stage_id: await stageId(app, deal.stage, pipelineId),
        company_id: null,
        account_id: null,
        lead_id: null,
        currency: deal.currency,
        value_minor: deal.value,
        expected_close_date: deal.close,
        closed_at: null,
        created_at: now,
        updated_at: now,
        archived_at: deal.archived ? now : null,
      })
      .execute();
  }
};

const ratesAt = (app: TestApp, rates: { currency: string; rate: string }[], commitProbability = 75) =>
  app.call('forecast.saveRates', { baseCurrency: 'EUR', commitProbability, rates });

const bucket = (buckets: ForecastBucket[], month: string | null, kind = 'month') =>
  buckets.find((b) => b.month === month && b.kind === kind);

/** A spread across EUR (2 decimals), JPY (none) and BHD (3), with GBP left without a rate. */
const mixedPipeline: DealSpec[] = [
  { stage: 'Negotiation', currency: 'EUR', value: 100_000, close: '2026-11-30' },
  { stage: 'Proposal sent', currency: 'EUR', value: 33_333, close: '2026-11-10' },
  { stage: 'Discovery call', currency: 'JPY', value: 1_000_000, close: '2026-12-15' },
  { stage: 'Qualified', currency: 'BHD', value: 1_005, close: '2026-12-01' },
  { stage: 'Proposal sent', currency: 'GBP', value: 20_000, close: '2026-12-20' },
  { stage: 'Negotiation', currency: 'JPY', value: 12_345, close: '2026-09-03' },
  { stage: 'Proposal sent', currency: 'EUR', value: 50_000, close: null },
  { stage: 'Qualified', currency: 'EUR', value: 70_000, close: '2028-03-01' },
  { stage: 'Won', currency: 'EUR', value: 99_999, close: '2026-11-15' },
  { stage: 'Lost', currency: 'EUR', value: 99_999, close: '2026-11-15' },
  { stage: 'Negotiation', currency: 'EUR', value: 99_999, close: '2026-11-15', archived: true },
];

describe('forecast', () => {
  it('sums open deals by close month, per currency and converted exactly into the base currency', async () => {
    const app = await startTestApp();
    await insertDeals(app, mixedPipeline);
    await ratesAt(app, [
      { currency: 'JPY', rate: '0.0061' },
      { currency: 'BHD', rate: '2.4390' },
    ]);
    const forecast = await app.call('forecast.get', { months: 6 });

    expect(forecast).toMatchObject({
      pipeline: { id: 1, name: 'Sales' },
      baseCurrency: 'EUR',
      commitProbability: 75,
      currentMonth: '2026-11',
    });
    expect(forecast.buckets.map((b) => [b.kind, b.month, b.dealCount, b.overdue])).toEqual([
      ['month', '2026-09', 1, true],
      ['month', '2026-11', 2, false],
      ['month', '2026-12', 3, false],
      ['month', '2027-01', 0, false],
      ['month', '2027-02', 0, false],
      ['month', '2027-03', 0, false],
      ['month', '2027-04', 0, false],
      ['later', null, 1, false],
      ['unscheduled', null, 1, false],
    ]);

    // 12,345 yen at 75 %: weighted 9,258.75 yen, shown as 9,259; in euros 75.3045 and 56.478375.
    expect(bucket(forecast.buckets, '2026-09')).toMatchObject({
      overdueDealCount: 1,
      perCurrency: [{ currency: 'JPY', best: 12_345, commit: 12_345, weighted: 9_259, dealCount: 1 }],
      converted: { best: 7_530, commit: 7_530, weighted: 5_648 },
      missingRates: [],
    });
    // €333.33 at 50 % is €166.665: the month's weighted sum is rounded once, half-up.
    expect(bucket(forecast.buckets, '2026-11')).toMatchObject({
      overdueDealCount: 1,
      perCurrency: [{ currency: 'EUR', best: 133_333, commit: 100_000, weighted: 91_667, dealCount: 2 }],
      converted: { best: 133_333, commit: 100_000, weighted: 91_667 },
    });
    // 1,000,000 yen → €6,100; 1.005 BHD → €2.451195; GBP has no rate and is left out, said so.
    expect(bucket(forecast.buckets, '2026-12')).toMatchObject({
      overdueDealCount: 0,
      perCurrency: [
        { currency: 'BHD', best: 1_005, commit: 0, weighted: 101, dealCount: 1 },
        { currency: 'GBP', best: 20_000, commit: 0, weighted: 10_000, dealCount: 1 },
        { currency: 'JPY', best: 1_000_000, commit: 0, weighted: 250_000, dealCount: 1 },
      ],
      converted: { best: 610_245, commit: 0, weighted: 152_525 },
      missingRates: ['GBP'],
    });
    expect(bucket(forecast.buckets, '2027-01')).toMatchObject({
      perCurrency: [],
      converted: { best: 0, commit: 0, weighted: 0 },
    });
    expect(bucket(forecast.buckets, null, 'later')?.perCurrency).toEqual([
      { currency: 'EUR', best: 70_000, commit: 0, weighted: 7_000, dealCount: 1 },
    ]);
    expect(bucket(forecast.buckets, null, 'unscheduled')?.converted).toEqual({
      best: 50_000,
      commit: 0,
      weighted: 25_000,
    });

    expect(forecast.totals).toEqual({
      dealCount: 8,
      perCurrency: [
        { currency: 'EUR', best: 253_333, commit: 100_000, weighted: 123_667, dealCount: 4 },
        { currency: 'BHD', best: 1_005, commit: 0, weighted: 101, dealCount: 1 },
        { currency: 'GBP', best: 20_000, commit: 0, weighted: 10_000, dealCount: 1 },
        { currency: 'JPY', best: 1_012_345, commit: 12_345, weighted: 259_259, dealCount: 2 },
      ],
      // Totals are rounded once from the exact sums (281,838.84945 cents), not added from rounded rows.
      converted: { best: 871_109, commit: 107_530, weighted: 281_839 },
      missingRates: ['GBP'],
    });
  });

  it('counts toward commit the deals in stages at or above the commit threshold', async () => {
    const app = await startTestApp();
    await insertDeals(app, mixedPipeline);
    await ratesAt(app, [{ currency: 'GBP', rate: '1.1694' }], 50);
    const forecast = await app.call('forecast.get', {});
    expect(bucket(forecast.buckets, '2026-11')?.perCurrency[0]?.commit).toBe(133_333);
    expect(bucket(forecast.buckets, '2026-12')).toMatchObject({
      perCurrency: [
        { currency: 'BHD', commit: 0 },
        { currency: 'GBP', commit: 20_000 },
        { currency: 'JPY', commit: 0 },
      ],
      missingRates: ['BHD', 'JPY'],
      converted: { best: 23_388, commit: 23_388, weighted: 11_694 },
    });

    await ratesAt(app, [], 100);
    expect((await app.call('forecast.get', {})).totals.perCurrency.every((c) => c.commit === 0)).toBe(true);
  });

  it('leaves converted figures out when no currency in a bucket has a rate', async () => {
    const app = await startTestApp();
    await insertDeals(app, [{ stage: 'Negotiation', currency: 'GBP', value: 10_000, close: '2026-12-01' }]);
    const forecast = await app.call('forecast.get', { months: 2 });
    expect(bucket(forecast.buckets, '2026-12')).toMatchObject({ converted: null, missingRates: ['GBP'] });
    expect(bucket(forecast.buckets, '2026-11')).toMatchObject({ converted: { best: 0 }, missingRates: [] });
    expect(forecast.totals).toMatchObject({ converted: null, missingRates: ['GBP'] });
  });

  it('converts into whichever base currency is chosen, into its precision', async () => {
    const app = await startTestApp();
    await insertDeals(app, [
      { stage: 'Negotiation', currency: 'EUR', value: 10, close: '2026-12-01' },
      { stage: 'Negotiation', currency: 'JPY', value: 7, close: '2026-12-01' },
    ]);
    await app.call('forecast.saveRates', {
      baseCurrency: 'JPY',
      commitProbability: 75,
      rates: [{ currency: 'EUR', rate: '162.35' }],
    });
    // €0.10 is 16.235 yen; with 7 yen that is 23.235, weighted at 75 % 17.42625: 23 and 17 yen.
    const forecast = await app.call('forecast.get', {});
    expect(forecast.baseCurrency).toBe('JPY');
    expect(bucket(forecast.buckets, '2026-12')).toMatchObject({
      perCurrency: [{ currency: 'JPY' }, { currency: 'EUR' }],
      converted: { best: 23, commit: 23, weighted: 17 },
    });
  });

  it('forecasts one pipeline at a time: the default one unless another is asked for', async () => {
    const app = await startTestApp();
    const { id: consulting } = await app.workspace.db
      .insertInto('pipelines')
      .values({ name: 'Retainers', position: 1, created_at: now, updated_at: now, archived_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.workspace.db
      .insertInto('pipeline_stages')
      .values({ pipeline_id: consulting, name: 'Talking', position: 0, probability: 40, archived_at: null })
      .execute();
    await insertDeals(app, [
      { stage: 'Qualified', currency: 'EUR', value: 100, close: '2026-12-01' },
      { stage: 'Talking', currency: 'EUR', value: 5_000, close: '2026-12-01', pipelineId: consulting },
    ]);

    const sales = await app.call('forecast.get', {});
    expect(sales.pipelines).toEqual([
      { id: 1, name: 'Sales' },
      { id: consulting, name: 'Retainers' },
    ]);
    expect(sales.totals.converted).toEqual({ best: 100, commit: 0, weighted: 10 });
    const retainers = await app.call('forecast.get', { pipelineId: consulting });
    expect(retainers.pipeline).toEqual({ id: consulting, name: 'Retainers' });
    expect(retainers.totals.converted).toEqual({ best: 5_000, commit: 0, weighted: 2_000 });
    expect(await app.send('forecast.get', { pipelineId: 999 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Pipeline 999 does not exist' },
    });
  });
});

describe('forecast rates', () => {
  it('start with the workspace defaults and list the currencies open deals use', async () => {
    const app = await startTestApp();
    await insertDeals(app, [
      { stage: 'Qualified', currency: 'USD', value: 100, close: null },
      { stage: 'Won', currency: 'CHF', value: 100, close: null },
      { stage: 'Qualified', currency: 'EUR', value: 100, close: null },
    ]);
    expect(await app.call('forecast.rates', {})).toEqual({
      baseCurrency: 'EUR',
      commitProbability: 75,
      rates: [],
      currenciesInUse: ['EUR', 'USD'],
    });
  });

  it('are replaced all at once, and a rate keeps its date unless its value changes', async () => {
    const app = await startTestApp();
    const events: unknown[] = [];
    app.events.subscribe((event) => events.push(event));
    await app.call('forecast.saveRates', {
      baseCurrency: 'eur',
      commitProbability: 60,
      rates: [
        { currency: 'usd', rate: '0.9237' },
        { currency: 'JPY', rate: '0.0061' },
      ],
    });
    const saved = await app.call('forecast.saveRates', {
      baseCurrency: 'EUR',
      commitProbability: 60,
      rates: [
        { currency: 'USD', rate: '0.9237' },
        { currency: 'GBP', rate: '1.1694' },
      ],
    });
    expect(saved).toMatchObject({
      baseCurrency: 'EUR',
      commitProbability: 60,
      rates: [
        { currency: 'GBP', rate: '1.1694', updatedAt: now },
        { currency: 'USD', rate: '0.9237', updatedAt: now },
      ],
    });
    expect(await app.call('forecast.rates', {})).toEqual(saved);
    expect(events).toEqual([
      { name: 'records.changed', payload: { kinds: ['settings'] } },
      { name: 'records.changed', payload: { kinds: ['settings'] } },
    ]);
  });

  it('refuse a rate for the base currency, a currency twice, and rates that are not positive decimals', async () => {
    const app = await startTestApp();
    const before = await app.call('forecast.rates', {});
    const attempts: [unknown, Record<string, string>][] = [
      [
        [{ currency: 'EUR', rate: '1' }],
        { 'rates.0.currency': 'EUR is the base currency; it needs no rate' },
      ],
      [
        [
          { currency: 'USD', rate: '0.9' },
          { currency: 'usd', rate: '0.91' },
        ],
        { 'rates.1.currency': 'USD already has a rate' },
      ],
      [[{ currency: 'USD', rate: '0,92' }], { 'rates.0.rate': 'Use a rate such as 1.0825' }],
      [[{ currency: 'USD', rate: '0.000' }], { 'rates.0.rate': 'A rate must be more than zero' }],
      [[{ currency: 'XXY', rate: '1' }], { 'rates.0.currency': 'Use an ISO 4217 currency code such as EUR' }],
      [[{ currency: 'USD', rate: 0.92 }], { 'rates.0.rate': 'Expected string, not a number' }],
    ];
    for (const [rates, fields] of attempts) {
      const result = await app.send('forecast.saveRates', {
        baseCurrency: 'EUR',
        commitProbability: 75,
        rates,
      });
      expect(result, JSON.stringify(rates)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields },
      });
    }
    expect(
      await app.send('forecast.saveRates', { baseCurrency: 'EUR', commitProbability: 101, rates: [] }),
    ).toMatchObject({ ok: false, error: { fields: { commitProbability: 'Use 0 to 100' } } });
    expect(await app.send('forecast.get', { months: 0 })).toMatchObject({
      ok: false,
      error: { fields: { months: 'Use 1 to 36 months' } },
    });
    expect(await app.call('forecast.rates', {})).toEqual(before);
  });
});
