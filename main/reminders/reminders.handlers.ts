import { localIsoDate } from '../../shared/invoice-dates';
import type { DomainHandlers } from '../ipc/handler-types';
import { runReminderPass } from './catch-up';
import { invoiceReminders, reminderSettings, updateReminderSettings } from './reminders.service';

export const reminderHandlers: DomainHandlers<'reminders'> = {
  'reminders.settings': (_input, ctx) => reminderSettings(ctx.db),
  'reminders.updateSettings': (input, ctx) => updateReminderSettings(ctx, input),
  'reminders.forInvoice': ({ invoiceId }, ctx) =>
    invoiceReminders(ctx.db, invoiceId, localIsoDate(ctx.clock())),
  // A failure here is an error the caller sees, not a line in the log.
  'reminders.runNow': (_input, ctx) =>
    runReminderPass(ctx, (error) => {
      throw error;
    }),
};
