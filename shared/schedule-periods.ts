import { addDays } from './invoice-dates';

export const scheduleUnits = ['day', 'week', 'month'] as const;
export type ScheduleUnit = (typeof scheduleUnits)[number];

/** When a schedule's periods fall. Dates are ISO calendar days (yyyy-mm-dd). */
export interface Recurrence {
  unit: ScheduleUnit;
  /** Every N units. */
  interval: number;
  /** Month-based only: the day each period falls on, clamped to the month's last day. */
  dayOfMonth: number | null;
  startDate: string;
  /** Inclusive; no period after it. */
  endDate: string | null;
  /** How many periods in all, counted from the first. */
  count: number | null;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

const monthDate = (monthIndex: number, day: number) => {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
};

/**
 * The date of period `index` (0 = the first), or null when the end date or count stops it first.
 * Each month-based period is computed from the first month, never from the period before, so the 31st
 * that became the 28th in February is the 31st again in March.
 */
export const periodDate = (rule: Recurrence, index: number): string | null => {
  if (rule.count !== null && index >= rule.count) return null;
  let date: string;
  if (rule.unit === 'month') {
    const [year, month, day] = rule.startDate.split('-').map(Number) as [number, number, number];
    const target = rule.dayOfMonth ?? day;
    const startMonth = year * 12 + month - 1;
    // A start after this month's day begins with the next month.
    const firstMonth = monthDate(startMonth, target) < rule.startDate ? startMonth + 1 : startMonth;
    date = monthDate(firstMonth + index * rule.interval, target);
  } else {
    date = addDays(rule.startDate, index * rule.interval * (rule.unit === 'week' ? 7 : 1));
  }
  return rule.endDate !== null && date > rule.endDate ? null : date;
};

/** Periods dated from `from` through `through`, both inclusive, in order; at most `limit` of them. */
export const periodsBetween = (rule: Recurrence, from: string, through: string, limit = 1000): string[] => {
  const dates: string[] = [];
  for (let index = 0; dates.length < limit; index += 1) {
    const date = periodDate(rule, index);
    if (date === null || date > through) break;
    if (date >= from) dates.push(date);
  }
  return dates;
};

/** The next `n` periods dated on or after `from`. */
export const nextPeriods = (rule: Recurrence, from: string, n: number): string[] =>
  periodsBetween(rule, from, '9999-12-31', n);
