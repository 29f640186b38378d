import { parseMajorUnits } from '../../shared/major-units';
import { majorUnitsText } from '../../shared/money';
import type { LateFeeMode, ReminderSettings, ReminderSettingsInput } from '../../shared/reminders';

export type StepWhen = 'before' | 'on' | 'after';

export interface StepValues {
  key: string;
  days: number | string;
  when: StepWhen;
  escalate: boolean;
}

export interface FixedFeeValues {
  key: string;
  currency: string;
  /** Typed in major units ("40.00"). */
  amount: string;
}

export interface ReminderFormValues extends Record<string, unknown> {
  steps: StepValues[];
  enabled: boolean;
  mode: LateFeeMode;
  amountKind: 'percent' | 'fixed';
  percent: string;
  fixed: FixedFeeValues[];
  afterDays: number | string;
  /** '' is the workspace's exempt rate. */
  taxRateId: string;
  description: string;
}

let keys = 0;
const nextKey = () => `row-${++keys}`;

export const stepValues = (offsetDays: number, escalate = false): StepValues => ({
  key: nextKey(),
  days: Math.abs(offsetDays),
  when: offsetDays < 0 ? 'before' : offsetDays === 0 ? 'on' : 'after',
  escalate,
});

export const fixedFeeValues = (currency = 'EUR', amount = ''): FixedFeeValues => ({
  key: nextKey(),
  currency,
  amount,
});

export const reminderFormValues = ({ steps, lateFees }: ReminderSettings): ReminderFormValues => ({
  steps: steps.map((step) => stepValues(step.offsetDays, step.escalate)),
  enabled: lateFees.enabled,
  mode: lateFees.mode,
  amountKind: lateFees.amount.kind,
  percent: lateFees.amount.kind === 'percent' ? lateFees.amount.percent : '1.5',
  fixed:
    lateFees.amount.kind === 'fixed'
      ? lateFees.amount.amounts.map((one) =>
          fixedFeeValues(one.currency, majorUnitsText(one.amountMinor, one.currency)),
        )
      : [fixedFeeValues()],
  afterDays: lateFees.afterDays,
  taxRateId: lateFees.taxRateId === null ? '' : String(lateFees.taxRateId),
  description: lateFees.description,
});

const offsetOf = ({ days, when }: StepValues) => {
  const count = days === '' ? Number.NaN : Number(days);
  return when === 'on' ? 0 : when === 'before' ? -count : count;
};

/** An amount that does not read as money is sent as 0, which the schema refuses beside its field. */
const minorOf = ({ amount, currency }: FixedFeeValues) => {
  const parsed = parseMajorUnits(amount, currency.trim().toUpperCase() || 'EUR');
  return parsed.ok ? parsed.minor : 0;
};

export const prepareReminderSettings = (values: ReminderFormValues): ReminderSettingsInput => ({
  steps: values.steps.map((step) => ({ offsetDays: offsetOf(step), escalate: step.escalate })),
  lateFees: {
    enabled: values.enabled,
    mode: values.mode,
    amount:
      values.amountKind === 'percent'
        ? { kind: 'percent', percent: values.percent }
        : {
            kind: 'fixed',
            amounts: values.fixed.map((row) => ({ currency: row.currency, amountMinor: minorOf(row) })),
          },
    afterDays: values.afterDays === '' ? Number.NaN : Number(values.afterDays),
    taxRateId: values.taxRateId === '' ? null : Number(values.taxRateId),
    description: values.description,
  },
});

/** Where an input path's error shows in the form: ["steps", 1, "offsetDays"] beside that row's days. */
export const reminderFieldOf = (path: readonly PropertyKey[]): string => {
  const [head, second, third, fourth, fifth] = path.map(String);
  if (head === 'steps') return second === undefined ? 'steps' : `steps.${second}.days`;
  if (second === 'amount' && third === 'percent') return 'percent';
  if (second === 'amount' && third === 'amounts') {
    if (fourth === undefined) return 'fixed';
    return `fixed.${fourth}.${fifth === 'currency' ? 'currency' : 'amount'}`;
  }
  return second ?? head ?? '';
};
