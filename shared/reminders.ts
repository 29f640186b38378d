import { z } from 'zod';
import type { OutboxStatus } from './email';
import { parseDecimal } from './exact';
import { recordId, requiredText } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode } from './money';
import { percentText } from './tax-rate';

export const maxReminderSteps = 8;

/** How a step reads everywhere: "3 days before due", "On the due date", "7 days after due". */
export const reminderStepLabel = (offsetDays: number): string => {
  if (offsetDays === 0) return 'On the due date';
  const days = Math.abs(offsetDays);
  return `${days} ${days === 1 ? 'day' : 'days'} ${offsetDays < 0 ? 'before' : 'after'} due`;
};

export const reminderStepInput = z
  .object({
    offsetDays: z
      .number()
      .int('Use whole days')
      .min(-60, 'Use at most 60 days before due')
      .max(365, 'Use at most 365 days after due'),
    /** Also make a follow-up task when this step is reached. */
    escalate: z.boolean(),
  })
  .strict();
export type ReminderStepValues = z.output<typeof reminderStepInput>;

export const lateFeeModes = ['next_invoice', 'own_invoice'] as const;
export type LateFeeMode = (typeof lateFeeModes)[number];

const positiveMinor = z
  .number()
  .int('Use whole minor units')
  .min(1, 'Use an amount above zero')
  .max(Number.MAX_SAFE_INTEGER);

export const lateFeeAmount = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('percent'),
      /** Of the overdue balance, as exact decimal text ("1.5"). */
      percent: percentText.refine((text) => parseDecimal(text).n > 0n, 'Use a percentage above zero'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('fixed'),
      /** One amount per currency; an invoice in a currency not listed is charged nothing. */
      amounts: z
        .array(z.object({ currency: currencyCode, amountMinor: positiveMinor }).strict())
        .min(1, 'Add an amount for at least one currency')
        .max(20, 'Use at most 20 currencies')
        .refine(
          (amounts) => new Set(amounts.map((one) => one.currency)).size === amounts.length,
          'Each currency once',
        ),
    })
    .strict(),
]);
export type LateFeeAmount = z.output<typeof lateFeeAmount>;

export const lateFeeSettings = z
  .object({
    enabled: z.boolean(),
    /** On the account's next invoice draft in that currency, or on a draft invoice of its own. */
    mode: z.enum(lateFeeModes),
    amount: lateFeeAmount,
    /** Charged once an invoice is this many days overdue. */
    afterDays: z.number().int('Use whole days').min(1, 'Use at least 1 day').max(365, 'Use at most 365 days'),
    /** The tax rate of the fee's line; null is the workspace's exempt rate. */
    taxRateId: recordId.nullable(),
    description: requiredText('Description', 200),
  })
  .strict();
export type LateFeeSettings = z.output<typeof lateFeeSettings>;

export const reminderSettingsInput = z
  .object({
    steps: z
      .array(reminderStepInput)
      .max(maxReminderSteps, `Use at most ${maxReminderSteps} steps`)
      .refine(
        (steps) => new Set(steps.map((step) => step.offsetDays)).size === steps.length,
        'Each day once: two steps have the same day',
      ),
    lateFees: lateFeeSettings,
  })
  .strict();
export type ReminderSettingsInput = z.input<typeof reminderSettingsInput>;
export type ReminderSettingsValues = z.output<typeof reminderSettingsInput>;

export interface ReminderStep extends ReminderStepValues {
  id: number;
  label: string;
}

export interface ReminderSettings {
  steps: ReminderStep[];
  lateFees: LateFeeSettings;
}

export type ReminderOutcome = 'drafted' | 'skipped';

/** One step as decided for an invoice, with the email it drafted. */
export interface InvoiceReminder {
  stepId: number;
  label: string;
  /** The step's day: the due date plus its offset. */
  date: string;
  outcome: ReminderOutcome;
  decidedAt: string;
  outboxMessageId: number | null;
  outboxStatus: OutboxStatus | null;
  /** The follow-up task an escalating step made (or found open). */
  activityId: number | null;
}

export interface LateFee {
  amountMinor: number;
  currency: string;
  chargedOn: string;
  /** The draft (or invoice) that bills it; null while it waits for the account's next invoice. */
  billedInvoiceId: number | null;
  billedInvoiceNumber: string | null;
}

export interface InvoiceReminders {
  decided: InvoiceReminder[];
  /** The next step still to come while the invoice is open. */
  next: { label: string; date: string } | null;
  lateFee: LateFee | null;
}

/** What one run did: reminders drafted and skipped, drafts of settled invoices cancelled, late fees charged. */
export interface ReminderRunReport {
  drafted: number;
  skipped: number;
  cancelled: number;
  lateFees: number;
}

export const reminderChannels = {
  'reminders.settings': {
    summary: 'The reminder steps around an invoice’s due date and the late fee settings',
    input: z.object({}).strict(),
    output: returns<ReminderSettings>(),
  },
  'reminders.updateSettings': {
    summary:
      'Replace the reminder steps and late fee settings; steps already decided for an invoice stay decided',
    input: reminderSettingsInput,
    output: returns<ReminderSettings>(),
  },
  'reminders.forInvoice': {
    summary: 'The reminders an invoice got or skipped, the next one planned, and its late fee if any',
    input: z.object({ invoiceId: recordId }).strict(),
    output: returns<InvoiceReminders>(),
  },
  'reminders.runNow': {
    summary: 'Decide every due reminder and late fee now, as the hourly run does: each once',
    input: z.object({}).strict(),
    output: returns<ReminderRunReport>(),
  },
} satisfies Record<`reminders.${string}`, ChannelSpec>;
