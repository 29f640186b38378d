import type { ReminderRunReport } from '../../shared/reminders';
import type { AppContext } from '../app-context';
import { type HourlyRun, startHourlyRun } from '../hourly-run';
import { chargeLateFees } from './late-fees';
import { runReminders } from './reminder-run';

/** One pass: reminders first (cancelling those of settled invoices), then late fees. */
export const runReminderPass = async (
  ctx: AppContext,
  log: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<ReminderRunReport> => {
  const reminders = await runReminders(ctx, log, signal);
  return { ...reminders, lateFees: await chargeLateFees(ctx, log, signal) };
};

/** Reminds and charges once when the app opens and then hourly; a step missed while closed is decided once. */
export const startReminders = (ctx: AppContext, log: (error: unknown) => void): HourlyRun =>
  startHourlyRun((signal) => runReminderPass(ctx, log, signal), log);
