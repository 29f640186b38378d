import type { ScheduleUnit } from '../../shared/schedule-periods';
import type { ScheduleRow, ScheduleStatus } from '../../shared/schedules';

/** What the form offers; the presets are a unit and an interval, the "every N" ones let the interval vary. */
export const frequencies = {
  weekly: { label: 'Weekly', unit: 'week', interval: 1 },
  everyWeeks: { label: 'Every N weeks', unit: 'week', interval: null },
  monthly: { label: 'Monthly', unit: 'month', interval: 1 },
  quarterly: { label: 'Quarterly', unit: 'month', interval: 3 },
  yearly: { label: 'Yearly', unit: 'month', interval: 12 },
  everyDays: { label: 'Every N days', unit: 'day', interval: null },
  everyMonths: { label: 'Every N months', unit: 'month', interval: null },
} as const satisfies Record<string, { label: string; unit: ScheduleUnit; interval: number | null }>;
export type Frequency = keyof typeof frequencies;

const ordinal = (day: number) => {
  const tens = day % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] ?? 'th');
  return `${day}${suffix}`;
};

const unitWords: Record<ScheduleUnit, string> = { day: 'day', week: 'week', month: 'month' };

/** "Monthly on the 1st", "Every 2 weeks", "Quarterly on the 31st (or the month’s last day)". */
export const frequencyText = ({
  unit,
  interval,
  dayOfMonth,
}: Pick<ScheduleRow, 'unit' | 'interval' | 'dayOfMonth'>) => {
  const preset = Object.values(frequencies).find((one) => one.unit === unit && one.interval === interval);
  const every = preset?.label ?? `Every ${interval} ${unitWords[unit]}s`;
  if (unit !== 'month' || dayOfMonth === null) return every;
  const day = `on the ${ordinal(dayOfMonth)}`;
  return `${every} ${day}${dayOfMonth > 28 ? ' (or the month’s last day)' : ''}`;
};

export const statusLabels: Record<ScheduleStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
  finished: 'Finished',
};

export const statusColors: Record<ScheduleStatus, string> = {
  active: 'green',
  paused: 'yellow',
  ended: 'gray',
  finished: 'gray',
};
