import { z } from 'zod';
import type { OutboxStatus } from './email';
import { byIdInput, recordId, text } from './fields';
import {
  type InvoiceLineValues,
  type InvoiceStatus,
  invoiceLineInput,
  type PaymentTerms,
  paymentTerms,
} from './invoices';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, isoDate } from './money';
import { type ScheduleUnit, scheduleUnits } from './schedule-periods';

const ruleFields = {
  name: text(200),
  unit: z.enum(scheduleUnits),
  interval: z.number().int().min(1, 'Use at least 1').max(366, 'Use at most 366'),
  /** Month-based schedules only; the start date's day when left out. */
  dayOfMonth: z.number().int().min(1).max(31).nullable(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  count: z.number().int().min(1, 'Use at least 1').max(1000, 'Use at most 1000').nullable(),
  currency: currencyCode,
  paymentTerms: z.enum(paymentTerms),
  termsDays: z.number().int().min(0).max(365),
  lines: z.array(invoiceLineInput).min(1, 'Add at least one line').max(500, 'Use at most 500 lines'),
  autoIssue: z.boolean(),
  /** Emails each issued invoice to the customer; only with autoIssue. */
  autoEmail: z.boolean(),
};

/** On an account, or on a won deal (its account is billed); lines and currency come from the deal when left out. */
export const scheduleCreateInput = z
  .object({
    accountId: recordId.nullable().default(null),
    dealId: recordId.nullable().default(null),
    ...ruleFields,
    name: ruleFields.name.default(''),
    interval: ruleFields.interval.default(1),
    dayOfMonth: ruleFields.dayOfMonth.default(null),
    endDate: ruleFields.endDate.default(null),
    count: ruleFields.count.default(null),
    currency: ruleFields.currency.optional(),
    paymentTerms: ruleFields.paymentTerms.optional(),
    termsDays: ruleFields.termsDays.optional(),
    lines: ruleFields.lines.optional(),
    autoIssue: ruleFields.autoIssue.default(false),
    autoEmail: ruleFields.autoEmail.default(false),
  })
  .strict();
export type ScheduleCreateInput = z.input<typeof scheduleCreateInput>;
export type ScheduleCreateValues = z.output<typeof scheduleCreateInput>;

export const scheduleUpdateInput = z
  .object({ id: recordId, changes: z.object(ruleFields).partial().strict() })
  .strict();
export type ScheduleChanges = z.output<typeof scheduleUpdateInput>['changes'];

/** Ended is final; finished means the end date or count has been reached. */
export type ScheduleStatus = 'active' | 'paused' | 'ended' | 'finished';

export interface ScheduleRow {
  id: number;
  accountId: number;
  dealId: number | null;
  customerName: string;
  name: string;
  unit: ScheduleUnit;
  interval: number;
  dayOfMonth: number | null;
  startDate: string;
  endDate: string | null;
  count: number | null;
  currency: string;
  paymentTerms: PaymentTerms;
  termsDays: number;
  lines: InvoiceLineValues[];
  autoIssue: boolean;
  autoEmail: boolean;
  status: ScheduleStatus;
  /** The next three period dates still to be generated. */
  nextRuns: string[];
  runCount: number;
  /** Why the last catch-up could not make a draft; '' when it could. */
  lastError: string;
}

export interface ScheduleRun {
  id: number;
  periodDate: string;
  invoiceId: number | null;
  invoiceNumber: string | null;
  invoiceStatus: InvoiceStatus | null;
  totalMinor: number | null;
  /** Why auto-issue failed; the draft was kept. */
  issueError: string;
  /** Where the period's email is, when the schedule emails automatically. */
  emailStatus: OutboxStatus | null;
}

export interface Schedule extends ScheduleRow {
  runs: ScheduleRun[];
}

export interface CatchUpReport {
  created: number;
  issued: number;
  /** Issued periods whose email was queued. */
  emailed: number;
  failed: number;
}

export const scheduleChannels = {
  'schedules.list': {
    summary: 'Recurring invoice schedules, all or those of one account or deal',
    input: z.object({ accountId: recordId.optional(), dealId: recordId.optional() }).strict(),
    output: returns<ScheduleRow[]>(),
  },
  'schedules.get': {
    summary: 'One schedule with its history of runs (linking their invoices) and its next three run dates',
    input: byIdInput,
    output: returns<Schedule>(),
  },
  'schedules.create': {
    summary:
      'Start a recurring invoice on an account or a won deal; periods since its start are made at the next catch-up',
    input: scheduleCreateInput,
    output: returns<Schedule>(),
  },
  'schedules.update': {
    summary: 'Change a schedule; only invoices not yet made follow the change',
    input: scheduleUpdateInput,
    output: returns<Schedule>(),
  },
  'schedules.pause': {
    summary: 'Stop making invoices until resumed',
    input: byIdInput,
    output: returns<Schedule>(),
  },
  'schedules.resume': {
    summary: 'Make invoices again from today; periods that fell while paused are skipped, not back-filled',
    input: byIdInput,
    output: returns<Schedule>(),
  },
  'schedules.end': {
    summary: 'End a schedule for good; its invoices stay',
    input: byIdInput,
    output: returns<Schedule>(),
  },
  'schedules.runNow': {
    summary: 'Catch up every schedule now: each missed period once, in order, dated its own day',
    input: z.object({}).strict(),
    output: returns<CatchUpReport>(),
  },
} satisfies Record<`schedules.${string}`, ChannelSpec>;
