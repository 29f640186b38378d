import type { Kysely } from 'kysely';
import { addDays } from '../../shared/invoice-dates';
import {
  type InvoiceReminders,
  type LateFee,
  type ReminderSettings,
  type ReminderSettingsValues,
  reminderStepLabel,
} from '../../shared/reminders';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { loadInvoiceRecord } from '../invoices/invoice-records';
import { AppError } from '../ipc/app-error';
import { readSetting, writeSetting } from '../settings/settings';
import { isOpenInvoice } from './open-invoices';
import { nextStep } from './reminder-plan';
import { loadSteps, plannedSteps, replaceSteps } from './reminder-steps';

export const reminderSettings = async (db: Kysely<Database>): Promise<ReminderSettings> => ({
  steps: await loadSteps(db),
  lateFees: await readSetting(db, 'late_fees'),
});

export const updateReminderSettings = (ctx: AppContext, input: ReminderSettingsValues) =>
  write(ctx, ['settings'], async (trx) => {
    const { taxRateId } = input.lateFees;
    if (taxRateId !== null) {
      const rate = await trx
        .selectFrom('tax_rates')
        .select('id')
        .where('id', '=', taxRateId)
        .executeTakeFirst();
      if (!rate) {
        throw new AppError('invalid_input', `Tax rate ${taxRateId} does not exist`, {
          'lateFees.taxRateId': 'Choose an existing tax rate',
        });
      }
    }
    await replaceSteps(trx, input.steps, ctx.clock().toISOString());
    await writeSetting(trx, 'late_fees', input.lateFees);
    return reminderSettings(trx);
  });

const lateFeeOf = async (db: Kysely<Database>, invoiceId: number): Promise<LateFee | null> => {
  const fee = await db
    .selectFrom('late_fees as f')
    .leftJoin('invoices as billed', 'billed.id', 'f.billed_invoice_id')
    .select(['f.amount_minor', 'f.currency', 'f.charged_on', 'f.billed_invoice_id', 'billed.number'])
    .where('f.invoice_id', '=', invoiceId)
    .executeTakeFirst();
  return fee
    ? {
        amountMinor: fee.amount_minor,
        currency: fee.currency,
        chargedOn: fee.charged_on,
        billedInvoiceId: fee.billed_invoice_id,
        billedInvoiceNumber: fee.number,
      }
    : null;
};

/** What the reminders did for an invoice, what comes next while it is open, and its late fee. */
export const invoiceReminders = async (
  db: Kysely<Database>,
  invoiceId: number,
  today: string,
): Promise<InvoiceReminders> => {
  const row = await loadInvoiceRecord(db, invoiceId);
  const decided = await db
    .selectFrom('invoice_reminders as r')
    .innerJoin('reminder_steps as s', 's.id', 'r.step_id')
    .leftJoin('outbox_messages as m', 'm.id', 'r.outbox_message_id')
    .select([
      'r.step_id',
      's.offset_days',
      'r.outcome',
      'r.created_at',
      'r.outbox_message_id',
      'r.activity_id',
      'm.status',
    ])
    .where('r.invoice_id', '=', invoiceId)
    .orderBy('s.offset_days')
    .execute();
  const upcoming = isOpenInvoice(row)
    ? nextStep(await plannedSteps(db), new Set(decided.map((one) => one.step_id)), row.due_date, today)
    : null;
  return {
    decided: decided.map((one) => ({
      stepId: one.step_id,
      label: reminderStepLabel(one.offset_days),
      date: addDays(row.due_date, one.offset_days),
      outcome: one.outcome,
      decidedAt: one.created_at,
      outboxMessageId: one.outbox_message_id,
      outboxStatus: one.status,
      activityId: one.activity_id,
    })),
    next: upcoming && { label: reminderStepLabel(upcoming.step.offsetDays), date: upcoming.date },
    lateFee: await lateFeeOf(db, invoiceId),
  };
};
