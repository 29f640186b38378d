import { localIsoDate } from '../../shared/invoice-dates';
import type { InvoiceLineValues } from '../../shared/invoices';
import type { CatchUpReport } from '../../shared/schedules';
import type { AppContext } from '../app-context';
import { write } from '../db/write';
import { createEmailDraft } from '../email/email-drafts';
import { sendEmail } from '../email/outbox-send';
import { type HourlyRun, startHourlyRun } from '../hourly-run';
import { logInvoiceEvent } from '../invoices/audit-log';
import { saveDraft } from '../invoices/draft-save';
import { draftFromAccount } from '../invoices/invoice-drafts';
import { issueInvoice } from '../invoices/invoice-issue';
import { billPendingLateFees } from '../reminders/late-fee-lines';
import { duePeriods, loadScheduleRecord, madeDatesOf } from './schedule-records';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface MadePeriod {
  runId: number;
  invoiceId: number;
  autoIssue: boolean;
  /** The period's email, drafted with its invoice when the schedule emails automatically. */
  emailId: number | null;
}

/**
 * Makes one period's draft, dated the period's own day, and its run row in one transaction: both commit or
 * neither does, so a crash never leaves a period half made. The transaction takes the write lock before
 * reading, so when two processes catch up at once the second sees the first's run and makes nothing.
 * The schedule is read again inside it: a pause, end or edit from another window counts. An emailing
 * schedule drafts the period's email here too, so a crash before it is sent leaves it in the outbox, not lost.
 */
const makePeriod = (ctx: AppContext, scheduleId: number, period: string): Promise<MadePeriod | null> =>
  write(ctx, ['schedules', 'invoices', 'outbox'], async (trx) => {
    const day = localIsoDate(ctx.clock());
    const row = await loadScheduleRecord(trx, scheduleId);
    if (row.paused === 1 || row.ended_at !== null) return null;
    if (!duePeriods(row, await madeDatesOf(trx, scheduleId), day).includes(period)) return null;
    const now = ctx.clock().toISOString();
    const base = await draftFromAccount(trx, period, row.account_id);
    const { id: invoiceId } = await saveDraft(
      trx,
      null,
      {
        ...base,
        dealId: row.deal_id,
        currency: row.currency,
        paymentTerms: row.payment_terms,
        termsDays: row.terms_days,
        lines: JSON.parse(row.lines) as InvoiceLineValues[],
      },
      now,
    );
    await billPendingLateFees(trx, invoiceId, now);
    await logInvoiceEvent(trx, invoiceId, 'created', { from: 'schedule', scheduleId, period }, now);
    const emailId =
      row.auto_email === 1
        ? await createEmailDraft(trx, { kind: 'invoice', invoiceId }, ctx.clock(), day)
        : null;
    const { id: runId } = await trx
      .insertInto('schedule_runs')
      .values({
        schedule_id: scheduleId,
        period_date: period,
        invoice_id: invoiceId,
        email_id: emailId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (row.last_error !== '') {
      await trx.updateTable('schedules').set({ last_error: '' }).where('id', '=', scheduleId).execute();
    }
    return { runId, invoiceId, autoIssue: row.auto_issue === 1, emailId };
  });

/** Issues through the one issuing path; when that refuses (no legal name yet, say) the draft stays. */
const issuePeriod = async (ctx: AppContext, made: MadePeriod): Promise<boolean> => {
  try {
    await issueInvoice(ctx, made.invoiceId);
    return true;
  } catch (error) {
    await write(ctx, ['schedules'], (trx) =>
      trx
        .updateTable('schedule_runs')
        .set({ issue_error: messageOf(error) })
        .where('id', '=', made.runId)
        .execute(),
    );
    return false;
  }
};

/**
 * Queues the issued period's email. When sending refuses it (the customer has no email address), the draft
 * stays in the outbox with the reason shown there, and the run shows it as a draft.
 */
const emailPeriod = async (ctx: AppContext, emailId: number): Promise<boolean> => {
  try {
    await sendEmail(ctx, emailId);
    return true;
  } catch {
    return false;
  }
};

const dueNow = async (ctx: AppContext, day: string) => {
  const schedules = await ctx.db
    .selectFrom('schedules')
    .selectAll()
    .where('paused', '=', 0)
    .where('ended_at', 'is', null)
    .where('catch_up_from', '<=', day)
    .execute();
  const due: { scheduleId: number; period: string }[] = [];
  for (const row of schedules) {
    for (const period of duePeriods(row, await madeDatesOf(ctx.db, row.id), day)) {
      due.push({ scheduleId: row.id, period });
    }
  }
  // Oldest first across schedules, so auto-issued numbers follow the invoices' dates.
  return due.sort((a, b) => a.period.localeCompare(b.period) || a.scheduleId - b.scheduleId);
};

/**
 * Makes every period that fell due while the app was closed (or since the last run), once each, in order,
 * each dated its own day. A schedule whose draft cannot be made (its account gone, say) stops at that
 * period, keeps the reason to show, and is tried again at the next catch-up; the others go on.
 */
export const runDueSchedules = async (ctx: AppContext, signal?: AbortSignal): Promise<CatchUpReport> => {
  const report: CatchUpReport = { created: 0, issued: 0, emailed: 0, failed: 0 };
  const stuck = new Set<number>();
  for (const { scheduleId, period } of await dueNow(ctx, localIsoDate(ctx.clock()))) {
    // Closing stops between periods; what is left is made at the next start.
    if (signal?.aborted) break;
    if (stuck.has(scheduleId)) continue;
    try {
      const made = await makePeriod(ctx, scheduleId, period);
      if (!made) continue;
      report.created += 1;
      if (!made.autoIssue) continue;
      if (!(await issuePeriod(ctx, made))) {
        report.failed += 1;
        continue;
      }
      report.issued += 1;
      if (made.emailId !== null && (await emailPeriod(ctx, made.emailId))) report.emailed += 1;
    } catch (error) {
      stuck.add(scheduleId);
      report.failed += 1;
      await write(ctx, ['schedules'], (trx) =>
        trx
          .updateTable('schedules')
          .set({ last_error: `${period}: ${messageOf(error)}` })
          .where('id', '=', scheduleId)
          .execute(),
      );
    }
  }
  return report;
};

/** Catches up once now and then every hour while the app runs; see startHourlyRun. */
export const startCatchUp = (ctx: AppContext, log: (error: unknown) => void): HourlyRun =>
  startHourlyRun((signal) => runDueSchedules(ctx, signal), log);
