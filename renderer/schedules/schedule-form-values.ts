import type { FormErrors } from '@mantine/form';
import type { LineItem } from '../../shared/deals';
import type { PaymentTerms } from '../../shared/invoices';
import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText } from '../../shared/money';
import type { Recurrence } from '../../shared/schedule-periods';
import { type ScheduleCreateInput, type ScheduleRow, scheduleCreateInput } from '../../shared/schedules';
import { issuesToErrors } from '../forms/form-errors';
import { blankLine, fieldOf, type LineValues, lineInput, lineValues } from '../invoices/draft/draft-values';
import { type Frequency, frequencies } from './schedule-labels';
import type { ScheduleScope } from './schedule-queries';

export type Ending = 'never' | 'on' | 'after';

/** The new-schedule form as typed: numbers may be '' while being typed, money stays as text. */
export interface ScheduleFormValues extends Record<string, unknown> {
  name: string;
  frequency: Frequency;
  interval: number | string;
  dayOfMonth: number | string;
  startDate: string;
  ending: Ending;
  endDate: string;
  count: number | string;
  currency: string;
  paymentTerms: PaymentTerms;
  termsDays: number | string;
  autoIssue: boolean;
  autoEmail: boolean;
  lines: LineValues[];
}

/** A deal's line items as editable lines, each on its own rate or the default one. */
export const dealLines = (items: LineItem[], currency: string, defaultRateId: number | undefined) =>
  items.map((item) => ({
    ...blankLine(item.taxRateId ?? defaultRateId),
    catalogItemId: item.catalogItemId,
    description: item.description,
    quantity: item.quantity,
    unit: item.unit,
    unitPrice: majorUnitsText(item.unitPriceMinor, currency),
  }));

const frequencyOf = ({ unit, interval }: Pick<ScheduleRow, 'unit' | 'interval'>): Frequency => {
  const entries = Object.entries(frequencies) as [Frequency, (typeof frequencies)[Frequency]][];
  const preset = entries.find(([, one]) => one.unit === unit && one.interval === interval);
  const everyN = entries.find(([, one]) => one.unit === unit && one.interval === null);
  return (preset ?? everyN ?? entries[0])?.[0] ?? 'monthly';
};

/** A saved schedule as the form edits it. */
export const scheduleFormValues = (schedule: ScheduleRow): ScheduleFormValues => ({
  name: schedule.name,
  frequency: frequencyOf(schedule),
  interval: schedule.interval,
  dayOfMonth: schedule.dayOfMonth ?? 1,
  startDate: schedule.startDate,
  ending: schedule.endDate !== null ? 'on' : schedule.count !== null ? 'after' : 'never',
  endDate: schedule.endDate ?? '',
  count: schedule.count ?? 12,
  currency: schedule.currency,
  paymentTerms: schedule.paymentTerms,
  termsDays: schedule.termsDays,
  autoIssue: schedule.autoIssue,
  autoEmail: schedule.autoEmail,
  lines: schedule.lines.map((line) => lineValues(line, schedule.currency)),
});

const whole = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

/** When the schedule runs, as the channel takes it. */
const ruleOf = (values: ScheduleFormValues) => {
  const frequency = frequencies[values.frequency];
  return {
    unit: frequency.unit,
    interval: frequency.interval ?? whole(values.interval),
    dayOfMonth: frequency.unit === 'month' ? whole(values.dayOfMonth) : null,
    startDate: values.startDate,
    endDate: values.ending === 'on' ? values.endDate : null,
    count: values.ending === 'after' ? whole(values.count) : null,
  };
};

/** Everything but where it bills: schedules.update takes this as its changes. */
export const scheduleContent = (values: ScheduleFormValues) => ({
  name: values.name,
  ...ruleOf(values),
  currency: values.currency,
  paymentTerms: values.paymentTerms,
  termsDays: whole(values.termsDays),
  autoIssue: values.autoIssue,
  autoEmail: values.autoIssue && values.autoEmail,
  lines: values.lines.map((line) => lineInput(line, values.currency)),
});

export const scheduleInput = (values: ScheduleFormValues, scope: ScheduleScope): ScheduleCreateInput => ({
  ...scope,
  ...scheduleContent(values),
});

const ruleInput = scheduleCreateInput.pick({
  unit: true,
  interval: true,
  dayOfMonth: true,
  startDate: true,
  endDate: true,
  count: true,
});

/** The rule as typed, for the preview; null while it does not read as one yet. */
export const recurrenceOf = (values: ScheduleFormValues): Recurrence | null => {
  const parsed = ruleInput.safeParse(ruleOf(values));
  return parsed.success ? parsed.data : null;
};

/** What keeps the schedule from saving, keyed by form field, checked with the server's own schema. */
export const scheduleProblems = (values: ScheduleFormValues, scope: ScheduleScope): FormErrors => {
  const parsed = scheduleCreateInput.safeParse(scheduleInput(values, scope));
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues, fieldOf);
  values.lines.forEach((line, index) => {
    const price = parseMajorUnits(line.unitPrice, values.currency);
    if (!price.ok) errors[`lines.${index}.unitPrice`] = price.message;
    if (line.taxRateId === '') errors[`lines.${index}.taxRateId`] = 'Choose a tax rate';
  });
  if (values.lines.length === 0) errors.lines = 'Add at least one line';
  return errors;
};
