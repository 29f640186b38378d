import type { Generated } from 'kysely';
import type { ReminderOutcome } from '../../shared/reminders';
import type { ColumnNullability } from './schema';

/** The reminder and late fee tables of migration 0013; schema.ts merges them into Database. */
export interface ReminderTables {
  reminder_steps: ReminderStepsTable;
  invoice_reminders: InvoiceRemindersTable;
  late_fees: LateFeesTable;
}

export interface ReminderStepsTable {
  id: Generated<number>;
  /** Days from the due date; negative is before it. Unique: a step is its offset. */
  offset_days: number;
  escalate: Generated<0 | 1>;
  position: number;
  /** Removed from the schedule; kept so what it decided stays named. */
  removed_at: string | null;
}

export interface InvoiceRemindersTable {
  id: Generated<number>;
  invoice_id: number;
  step_id: number;
  outcome: ReminderOutcome;
  outbox_message_id: number | null;
  activity_id: number | null;
  created_at: string;
}

export interface LateFeesTable {
  id: Generated<number>;
  invoice_id: number;
  amount_minor: number;
  currency: string;
  account_id: number;
  charged_on: string;
  billed_invoice_id: number | null;
}

export const reminderColumns: { [Table in keyof ReminderTables]: ColumnNullability<ReminderTables[Table]> } =
  {
    reminder_steps: {
      id: 'not null',
      offset_days: 'not null',
      escalate: 'not null',
      position: 'not null',
      removed_at: 'nullable',
    },
    invoice_reminders: {
      id: 'not null',
      invoice_id: 'not null',
      step_id: 'not null',
      outcome: 'not null',
      outbox_message_id: 'nullable',
      activity_id: 'nullable',
      created_at: 'not null',
    },
    late_fees: {
      id: 'not null',
      invoice_id: 'not null',
      amount_minor: 'not null',
      currency: 'not null',
      account_id: 'not null',
      charged_on: 'not null',
      billed_invoice_id: 'nullable',
    },
  };
