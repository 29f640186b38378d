import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/forecast';
import { buildForecast, type ForecastGroup } from './forecast-math';

const terms = {
  baseCurrency: 'EUR',
  commitProbability: 75,
  rates: new Map([
    ['USD', '0.004'],
    ['GBP', '0.004'],
  ]),
  currentMonth: '2026-11',
  months: 3,
};

const group = (month: string | null, currency: string, value: bigint, probability = 50): ForecastGroup => ({
  month,
  currency,
  probability,
  dealCount: 1,
  overdueCount: 0,
  value,
});

describe('forecast math', () => {
  it('counts months across the turn of the year, back and forth', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 25)).toBe('2029-01');
  });

  it('rounds a converted figure once from the exact sum of its currencies', () => {
    // 1 cent of USD and 1 penny at 0.004 are 0.004 cents each: nothing alone, still nothing together;
    // 100 of each are 0.4 cents each, which round to 0 alone but 0.8 → 1 together.
    const { buckets } = buildForecast(
      [group('2026-12', 'USD', 100n, 100), group('2026-12', 'GBP', 100n, 100)],
      terms,
    );
    expect(buckets.find((b) => b.month === '2026-12')?.converted).toEqual({
      best: 1,
      commit: 1,
      weighted: 1,
    });
  });

  it('sums the groups of one currency exactly before rounding the weighted figure', () => {
    // 1 cent at 50 % three times: 1.5 cents, so 2 (one rounding) rather than 3 × 1 (rounding per deal).
    const { totals } = buildForecast(
      [group('2026-11', 'EUR', 1n, 50), group('2026-12', 'EUR', 1n, 50), group(null, 'EUR', 1n, 50)],
      terms,
    );
    expect(totals.perCurrency).toEqual([{ currency: 'EUR', best: 3, commit: 0, weighted: 2, dealCount: 3 }]);
  });

  it('shows every month of the horizon, gathers later months, and treats a malformed month as unscheduled', () => {
    const { buckets } = buildForecast(
      [group('2027-01', 'EUR', 100n), group('2027-02', 'EUR', 100n), group('2026-1', 'EUR', 100n)],
      terms,
    );
    expect(buckets.map((b) => [b.kind, b.month, b.dealCount])).toEqual([
      ['month', '2026-11', 0],
      ['month', '2026-12', 0],
      ['month', '2027-01', 1],
      ['later', null, 1],
      ['unscheduled', null, 1],
    ]);
  });
});
