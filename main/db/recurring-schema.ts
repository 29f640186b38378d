import type { Generated } from 'kysely';
import type { PaymentTerms } from './invoicing-schema';
import type { ColumnNullability } from './schema';

/** The recurring-invoice tables of migration 0011; schema.ts merges them into Database. */
export interface RecurringTables {
  schedules: SchedulesTable;
  schedule_runs: ScheduleRunsTable;
}

export interface SchedulesTable {
  id: Generated<number>;
  account_id: number;
  deal_id: number | null;
  name: string;
  unit: 'day' | 'week' | 'month';
  interval: number;
  /** For month-based schedules; clamped to each month's last day. */
  day_of_month: number | null;
  start_date: string;
  end_date: string | null;
  occurrence_count: number | null;
  currency: string;
  payment_terms: PaymentTerms;
  terms_days: number;
  /** JSON array of invoice lines (the invoices.create line shape). */
  lines: string;
  auto_issue: Generated<0 | 1>;
  /** Only with auto_issue: each issued period is emailed to the customer. */
  auto_email: Generated<0 | 1>;
  paused: Generated<0 | 1>;
  /** Periods dated before this are never generated: the start, or the day the schedule was resumed. */
  catch_up_from: string;
  ended_at: string | null;
  last_error: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ScheduleRunsTable {
  id: Generated<number>;
  schedule_id: number;
  period_date: string;
  invoice_id: number | null;
  /** Why auto-issue failed; the draft is kept. */
  issue_error: Generated<string>;
  /** The email drafted with the period's invoice when the schedule emails automatically. */
  email_id: number | null;
  created_at: string;
}

export const recurringColumns: {
  [Table in keyof RecurringTables]: ColumnNullability<RecurringTables[Table]>;
} = {
  schedules: {
    id: 'not null',
    account_id: 'not null',
    deal_id: 'nullable',
    name: 'not null',
    unit: 'not null',
    interval: 'not null',
    day_of_month: 'nullable',
    start_date: 'not null',
    end_date: 'nullable',
    occurrence_count: 'nullable',
    currency: 'not null',
    payment_terms: 'not null',
    terms_days: 'not null',
    lines: 'not null',
    auto_issue: 'not null',
    auto_email: 'not null',
    paused: 'not null',
    catch_up_from: 'not null',
    ended_at: 'nullable',
    last_error: 'not null',
    created_at: 'not null',
    updated_at: 'not null',
  },
  schedule_runs: {
    id: 'not null',
    schedule_id: 'not null',
    period_date: 'not null',
    invoice_id: 'nullable',
    issue_error: 'not null',
    email_id: 'nullable',
    created_at: 'not null',
  },
};
