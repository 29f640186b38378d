import type { Kysely, Selectable } from 'kysely';
import type { InvoiceLineValues } from '../../shared/invoices';
import { nextPeriods, periodsBetween, type Recurrence } from '../../shared/schedule-periods';
import type { Schedule, ScheduleRow, ScheduleRun, ScheduleStatus } from '../../shared/schedules';
import type { SchedulesTable } from '../db/recurring-schema';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';

export type ScheduleRecord = Selectable<SchedulesTable>;

export const recurrenceOf = (row: ScheduleRecord): Recurrence => ({
  unit: row.unit,
  interval: row.interval,
  dayOfMonth: row.day_of_month,
  startDate: row.start_date,
  endDate: row.end_date,
  count: row.occurrence_count,
});

const statusOf = (row: ScheduleRecord, nextRuns: string[]): ScheduleStatus => {
  if (row.ended_at !== null) return 'ended';
  if (row.paused === 1) return 'paused';
  return nextRuns.length === 0 ? 'finished' : 'active';
};

export const loadScheduleRecord = async (db: Kysely<Database>, id: number): Promise<ScheduleRecord> => {
  const row = await db.selectFrom('schedules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Schedule', id);
  return row;
};

/**
 * The next three dates a schedule will make an invoice for: periods from the later of today and where
 * catch-up starts (a resume skips what fell while paused) that have no run yet.
 */
const nextRunsOf = (row: ScheduleRecord, madeDates: Set<string>, today: string): string[] => {
  if (row.ended_at !== null) return [];
  const from = row.catch_up_from > today ? row.catch_up_from : today;
  const rule = recurrenceOf(row);
  // Periods before today still missing are made at the next catch-up, so they lead the preview.
  const missed = row.paused === 1 ? [] : duePeriods(row, madeDates, today).slice(0, 3);
  const upcoming = nextPeriods(rule, from, 3 + madeDates.size).filter((date) => !madeDates.has(date));
  return [...new Set([...missed, ...upcoming])].slice(0, 3);
};

/** Periods dated from where catch-up starts through today that have no run yet, in order. */
export const duePeriods = (row: ScheduleRecord, madeDates: Set<string>, today: string): string[] =>
  periodsBetween(recurrenceOf(row), row.catch_up_from, today, Number.POSITIVE_INFINITY).filter(
    (date) => !madeDates.has(date),
  );

export const madeDatesOf = async (db: Kysely<Database>, scheduleId: number) =>
  new Set(
    (
      await db
        .selectFrom('schedule_runs')
        .select('period_date')
        .where('schedule_id', '=', scheduleId)
        .execute()
    ).map((run) => run.period_date),
  );

const customerNames = async (db: Kysely<Database>, accountIds: number[]) => {
  if (accountIds.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom('accounts as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['a.id', 'c.name'])
    .where('a.id', 'in', accountIds)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
};

const toRow = (
  row: ScheduleRecord,
  customerName: string,
  madeDates: Set<string>,
  today: string,
): ScheduleRow => {
  const nextRuns = nextRunsOf(row, madeDates, today);
  return {
    id: row.id,
    accountId: row.account_id,
    dealId: row.deal_id,
    customerName,
    name: row.name,
    unit: row.unit,
    interval: row.interval,
    dayOfMonth: row.day_of_month,
    startDate: row.start_date,
    endDate: row.end_date,
    count: row.occurrence_count,
    currency: row.currency,
    paymentTerms: row.payment_terms,
    termsDays: row.terms_days,
    lines: JSON.parse(row.lines) as InvoiceLineValues[],
    autoIssue: row.auto_issue === 1,
    autoEmail: row.auto_email === 1,
    status: statusOf(row, nextRuns),
    nextRuns,
    runCount: madeDates.size,
    lastError: row.last_error,
  };
};

export const listSchedules = async (
  db: Kysely<Database>,
  filter: { accountId?: number; dealId?: number },
  today: string,
): Promise<ScheduleRow[]> => {
  let query = db.selectFrom('schedules').selectAll().orderBy('ended_at').orderBy('id', 'desc');
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  if (filter.dealId !== undefined) query = query.where('deal_id', '=', filter.dealId);
  const rows = await query.execute();
  const names = await customerNames(db, [...new Set(rows.map((row) => row.account_id))]);
  const runs = rows.length
    ? await db
        .selectFrom('schedule_runs')
        .select(['schedule_id', 'period_date'])
        .where(
          'schedule_id',
          'in',
          rows.map((row) => row.id),
        )
        .execute()
    : [];
  const made = new Map<number, Set<string>>(rows.map((row) => [row.id, new Set()]));
  for (const run of runs) made.get(run.schedule_id)?.add(run.period_date);
  return rows.map((row) => toRow(row, names.get(row.account_id) ?? '', made.get(row.id) ?? new Set(), today));
};

const loadRuns = async (db: Kysely<Database>, scheduleId: number): Promise<ScheduleRun[]> => {
  const rows = await db
    .selectFrom('schedule_runs as r')
    .leftJoin('invoices as i', 'i.id', 'r.invoice_id')
    .leftJoin('outbox_messages as m', 'm.id', 'r.email_id')
    .select([
      'r.id',
      'r.period_date',
      'r.invoice_id',
      'r.issue_error',
      'i.number',
      'i.status',
      'i.total_minor',
      'm.status as email_status',
    ])
    .where('r.schedule_id', '=', scheduleId)
    .orderBy('r.period_date', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    periodDate: row.period_date,
    invoiceId: row.invoice_id,
    invoiceNumber: row.number,
    invoiceStatus: row.status,
    totalMinor: row.total_minor,
    issueError: row.issue_error,
    emailStatus: row.email_status,
  }));
};

export const getSchedule = async (db: Kysely<Database>, id: number, today: string): Promise<Schedule> => {
  const row = await loadScheduleRecord(db, id);
  const [names, madeDates, runs] = await Promise.all([
    customerNames(db, [row.account_id]),
    madeDatesOf(db, id),
    loadRuns(db, id),
  ]);
  return { ...toRow(row, names.get(row.account_id) ?? '', madeDates, today), runs };
};
