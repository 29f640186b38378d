import type { Kysely } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import type { DraftContent, InvoiceLineValues } from '../../shared/invoices';
import type { Schedule, ScheduleChanges, ScheduleCreateValues } from '../../shared/schedules';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { draftFromDeal } from '../invoices/invoice-drafts';
import { AppError, notFound } from '../ipc/app-error';
import { loadInvoiceDefaults, loadProfile } from '../profile/profile.queries';
import { getSchedule, loadScheduleRecord, madeDatesOf, type ScheduleRecord } from './schedule-records';

const today = (ctx: AppContext) => localIsoDate(ctx.clock());

const later = (a: string, b: string) => (a > b ? a : b);

/** Checked when saved, so a schedule never fails later for a rate that never existed. */
const checkLines = async (db: Kysely<Database>, lines: InvoiceLineValues[]) => {
  const wanted = [...new Set(lines.map((line) => line.taxRateId))];
  const found = await db.selectFrom('tax_rates').select('id').where('id', 'in', wanted).execute();
  if (found.length !== wanted.length) {
    throw new AppError('invalid_input', 'A line uses a tax rate that does not exist', {
      lines: 'Choose an existing tax rate on every line',
    });
  }
};

const checkDates = (startDate: string, endDate: string | null) => {
  if (endDate !== null && endDate < startDate) {
    throw new AppError('invalid_input', 'The end date comes before the start', {
      endDate: 'End on or after the start date',
    });
  }
};

/** The day of month only month-based schedules have; the start date's day unless one is given. */
const dayOfMonthFor = (unit: string, dayOfMonth: number | null, startDate: string) =>
  unit === 'month' ? (dayOfMonth ?? Number(startDate.slice(8))) : null;

const accountAndDeal = async (
  db: Kysely<Database>,
  input: ScheduleCreateValues,
  day: string,
): Promise<{ accountId: number; fromDeal: DraftContent | null }> => {
  if (input.dealId !== null) {
    const fromDeal = await draftFromDeal(db, day, input.dealId);
    if (fromDeal.accountId === null) throw new AppError('conflict', 'The deal has no account to bill');
    return { accountId: fromDeal.accountId, fromDeal };
  }
  if (input.accountId === null) {
    throw new AppError('invalid_input', 'Choose the account or deal to bill', {
      accountId: 'Choose an account',
    });
  }
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', input.accountId)
    .executeTakeFirst();
  if (!account) throw notFound('Account', input.accountId);
  return { accountId: account.id, fromDeal: null };
};

export const createSchedule = (ctx: AppContext, input: ScheduleCreateValues): Promise<Schedule> =>
  write(ctx, ['schedules'], async (trx) => {
    const now = ctx.clock().toISOString();
    const { accountId, fromDeal } = await accountAndDeal(trx, input, today(ctx));
    const lines = input.lines ?? fromDeal?.lines ?? [];
    if (lines.length === 0) {
      throw new AppError('invalid_input', 'Add at least one line', { lines: 'Add at least one line' });
    }
    await checkLines(trx, lines);
    checkDates(input.startDate, input.endDate);
    const [defaults, profile] = await Promise.all([loadInvoiceDefaults(trx), loadProfile(trx)]);
    const { id } = await trx
      .insertInto('schedules')
      .values({
        account_id: accountId,
        deal_id: input.dealId,
        name: input.name || 'Recurring invoice',
        unit: input.unit,
        interval: input.interval,
        day_of_month: dayOfMonthFor(input.unit, input.dayOfMonth, input.startDate),
        start_date: input.startDate,
        end_date: input.endDate,
        occurrence_count: input.count,
        currency: input.currency ?? fromDeal?.currency ?? profile.baseCurrency,
        payment_terms: input.paymentTerms ?? defaults.paymentTerms,
        terms_days: input.termsDays ?? defaults.termsDays,
        lines: JSON.stringify(lines),
        auto_issue: input.autoIssue ? 1 : 0,
        auto_email: input.autoIssue && input.autoEmail ? 1 : 0,
        catch_up_from: input.startDate,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return getSchedule(trx, id, today(ctx));
  });

const refuseEnded = (row: ScheduleRecord) => {
  if (row.ended_at !== null)
    throw new AppError('conflict', `“${row.name}” has ended and can no longer change`);
};

const ruleKeys = ['unit', 'interval', 'dayOfMonth', 'startDate', 'endDate', 'count'] as const;

/**
 * Where catch-up starts after an edit. A schedule that has made nothing yet starts at its (new) start;
 * once it has made invoices, a changed rule applies from today: periods the new rule would have placed in
 * the past are not back-filled.
 */
const catchUpFromAfter = (row: ScheduleRecord, changes: ScheduleChanges, made: number, day: string) => {
  if (!ruleKeys.some((key) => changes[key] !== undefined)) return row.catch_up_from;
  if (made === 0 && row.catch_up_from === row.start_date) return changes.startDate ?? row.start_date;
  return later(row.catch_up_from, day);
};

/** Changes what the next invoices say; invoices already made keep what they said. */
export const updateSchedule = (ctx: AppContext, id: number, changes: ScheduleChanges): Promise<Schedule> =>
  write(ctx, ['schedules'], async (trx) => {
    const row = await loadScheduleRecord(trx, id);
    refuseEnded(row);
    if (changes.lines) await checkLines(trx, changes.lines);
    const startDate = changes.startDate ?? row.start_date;
    const endDate = changes.endDate === undefined ? row.end_date : changes.endDate;
    checkDates(startDate, endDate);
    const unit = changes.unit ?? row.unit;
    const made = (await madeDatesOf(trx, id)).size;
    const autoIssue = changes.autoIssue ?? row.auto_issue === 1;
    const autoEmail = autoIssue && (changes.autoEmail ?? row.auto_email === 1);
    await trx
      .updateTable('schedules')
      .set({
        name: changes.name === undefined ? row.name : changes.name || 'Recurring invoice',
        unit,
        interval: changes.interval ?? row.interval,
        day_of_month: dayOfMonthFor(
          unit,
          changes.dayOfMonth === undefined ? row.day_of_month : changes.dayOfMonth,
          startDate,
        ),
        start_date: startDate,
        end_date: endDate,
        occurrence_count: changes.count === undefined ? row.occurrence_count : changes.count,
        currency: changes.currency ?? row.currency,
        payment_terms: changes.paymentTerms ?? row.payment_terms,
        terms_days: changes.termsDays ?? row.terms_days,
        lines: changes.lines ? JSON.stringify(changes.lines) : row.lines,
        auto_issue: autoIssue ? 1 : 0,
        auto_email: autoEmail ? 1 : 0,
        catch_up_from: catchUpFromAfter(row, changes, made, today(ctx)),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return getSchedule(trx, id, today(ctx));
  });

type Change = (row: ScheduleRecord, day: string, now: string) => Partial<ScheduleRecord>;

const changeState = (ctx: AppContext, id: number, change: Change): Promise<Schedule> =>
  write(ctx, ['schedules'], async (trx) => {
    const row = await loadScheduleRecord(trx, id);
    refuseEnded(row);
    const now = ctx.clock().toISOString();
    await trx
      .updateTable('schedules')
      .set({ ...change(row, today(ctx), now), updated_at: now })
      .where('id', '=', id)
      .execute();
    return getSchedule(trx, id, today(ctx));
  });

export const pauseSchedule = (ctx: AppContext, id: number) => changeState(ctx, id, () => ({ paused: 1 }));

/** Resuming never back-fills: periods dated before today that fell while paused are skipped. */
export const resumeSchedule = (ctx: AppContext, id: number) =>
  changeState(ctx, id, (row, day) => ({ paused: 0, catch_up_from: later(row.catch_up_from, day) }));

export const endSchedule = (ctx: AppContext, id: number) =>
  changeState(ctx, id, (_row, _day, now) => ({ paused: 0, ended_at: now }));
