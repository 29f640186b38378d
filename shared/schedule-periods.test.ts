import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './invoice-dates';
import { nextPeriods, periodDate, periodsBetween, type Recurrence } from './schedule-periods';

const monthly = (startDate: string, dayOfMonth: number, rest: Partial<Recurrence> = {}): Recurrence => ({
  unit: 'month',
  interval: 1,
  dayOfMonth,
  startDate,
  endDate: null,
  count: null,
  ...rest,
});

const isoDay = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const recurrence: fc.Arbitrary<Recurrence> = fc
  .record({
    unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
    interval: fc.integer({ min: 1, max: 14 }),
    day: fc.integer({ min: 1, max: 31 }),
    startDate: isoDay,
    endAfter: fc.option(fc.integer({ min: 0, max: 2000 })),
    count: fc.option(fc.integer({ min: 1, max: 40 })),
  })
  .map(({ unit, interval, day, startDate, endAfter, count }) => ({
    unit,
    interval,
    dayOfMonth: unit === 'month' ? day : null,
    startDate,
    endDate: endAfter === null ? null : addDays(startDate, endAfter),
    count,
  }));

const lastDay = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
};

describe('schedule periods', () => {
  it('clamps the 31st to February’s last day and returns to the 31st in March', () => {
    expect(periodsBetween(monthly('2027-01-31', 31), '2027-01-01', '2027-04-30')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
    expect(periodDate(monthly('2028-01-31', 31), 1)).toBe('2028-02-29');
  });

  it('begins the month after when the start falls after the day of month', () => {
    expect(nextPeriods(monthly('2026-11-20', 1), '2026-01-01', 2)).toEqual(['2026-12-01', '2027-01-01']);
  });

  it('counts quarters and years as 3 and 12 months', () => {
    expect(nextPeriods(monthly('2026-01-15', 15, { interval: 3 }), '2026-01-01', 3)).toEqual([
      '2026-01-15',
      '2026-04-15',
      '2026-07-15',
    ]);
    expect(nextPeriods(monthly('2024-02-29', 29, { interval: 12 }), '2024-01-01', 2)).toEqual([
      '2024-02-29',
      '2025-02-28',
    ]);
  });

  it('are strictly increasing, never before the start, and honour the end date and count', () => {
    fc.assert(
      fc.property(recurrence, (rule) => {
        const dates = periodsBetween(rule, '1990-01-01', '2070-12-31', 60);
        for (let i = 1; i < dates.length; i += 1) expect((dates[i] ?? '') > (dates[i - 1] ?? '')).toBe(true);
        expect(new Set(dates).size).toBe(dates.length);
        if (dates[0] !== undefined) expect(dates[0] >= rule.startDate).toBe(true);
        if (rule.count !== null) expect(dates.length).toBeLessThanOrEqual(rule.count);
        if (rule.endDate !== null) for (const date of dates) expect(date <= rule.endDate).toBe(true);
      }),
    );
  });

  it('land on the day of month, or the month’s last day when it is shorter', () => {
    fc.assert(
      fc.property(recurrence, (rule) => {
        if (rule.unit !== 'month' || rule.dayOfMonth === null) return;
        const dayOfMonth = rule.dayOfMonth;
        for (const date of periodsBetween(rule, '1990-01-01', '2070-12-31', 30)) {
          expect(Number(date.slice(8))).toBe(Math.min(dayOfMonth, lastDay(date)));
        }
      }),
    );
  });

  it('split anywhere, the two windows hold exactly the periods of the whole', () => {
    fc.assert(
      fc.property(recurrence, fc.integer({ min: 0, max: 900 }), (rule, splitAfter) => {
        const through = addDays(rule.startDate, 1000);
        const split = addDays(rule.startDate, splitAfter);
        const whole = periodsBetween(rule, rule.startDate, through, 5000);
        const before = periodsBetween(rule, rule.startDate, split, 5000);
        const after = periodsBetween(rule, addDays(split, 1), through, 5000);
        expect([...before, ...after]).toEqual(whole);
      }),
    );
  });
});
