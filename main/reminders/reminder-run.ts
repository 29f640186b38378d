import { type Kysely, sql } from 'kysely';
import { addDays, localIsoDate } from '../../shared/invoice-dates';
import { type ReminderRunReport, reminderStepLabel } from '../../shared/reminders';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { createEmailDraft } from '../email/email-drafts';
import { logInvoiceEvent } from '../invoices/audit-log';
import { openFollowUpTask } from '../invoices/escalation';
import { loadInvoiceRecord } from '../invoices/invoice-records';
import { isOpenInvoice, openInvoicesDueBy } from './open-invoices';
import { decideSteps, type PlannedStep, type StepDecision } from './reminder-plan';
import { plannedSteps } from './reminder-steps';

const decidedStepIds = async (db: Kysely<Database>, invoiceId: number) =>
  new Set(
    (
      await db.selectFrom('invoice_reminders').select('step_id').where('invoice_id', '=', invoiceId).execute()
    ).map((row) => row.step_id),
  );

/**
 * Decides an invoice's due steps in one immediate transaction: each step's UNIQUE row, the drafted email,
 * its audit entry and a follow-up task commit together. Everything is read again inside it, so a second
 * process that waited for the lock sees the rows and decides nothing, and a payment made meanwhile counts.
 */
const remindInvoice = (ctx: AppContext, invoiceId: number): Promise<StepDecision[]> =>
  write(ctx, ['invoices', 'outbox', 'activities'], async (trx) => {
    const row = await loadInvoiceRecord(trx, invoiceId);
    if (!isOpenInvoice(row)) return [];
    const at = ctx.clock();
    const today = localIsoDate(at);
    const now = at.toISOString();
    const decisions = decideSteps(
      await plannedSteps(trx),
      await decidedStepIds(trx, invoiceId),
      { issueDate: row.issue_date, dueDate: row.due_date },
      today,
    );
    // One task however many steps escalate at once; an open one is reused, never doubled.
    const escalating = decisions.find(({ step }) => step.escalate);
    const task = escalating ? await openFollowUpTask(trx, row, at) : null;
    for (const decision of decisions) {
      let outboxId: number | null = null;
      if (decision.outcome === 'drafted') {
        outboxId = await createEmailDraft(trx, { kind: 'reminder', invoiceId }, at, today);
        await logInvoiceEvent(
          trx,
          invoiceId,
          'reminder_drafted',
          { step: reminderStepLabel(decision.step.offsetDays), outboxMessageId: outboxId },
          now,
        );
      }
      await trx
        .insertInto('invoice_reminders')
        .values({
          invoice_id: invoiceId,
          step_id: decision.step.id,
          outcome: decision.outcome,
          outbox_message_id: outboxId,
          activity_id: decision === escalating ? (task?.activityId ?? null) : null,
          created_at: now,
        })
        .execute();
    }
    return decisions;
  });

/** Reminder emails not yet sent whose invoice is settled or void: they must never go out. */
const settledReminders = (db: Kysely<Database>) =>
  db
    .selectFrom('outbox_messages as m')
    .innerJoin('invoices as i', 'i.id', 'm.invoice_id')
    .select(['m.id', 'i.status'])
    .where('m.kind', '=', 'reminder')
    .where('m.status', 'in', ['draft', 'queued'])
    .where((eb) =>
      eb.or([
        eb('i.status', 'not in', ['issued', 'partially_paid']),
        eb(sql<number>`i.total_minor - i.paid_minor - i.credited_minor`, '<=', 0),
      ]),
    );

const cancelSettledReminders = async (ctx: AppContext): Promise<number> => {
  if ((await settledReminders(ctx.db).execute()).length === 0) return 0;
  return write(ctx, ['outbox'], async (trx) => {
    const rows = await settledReminders(trx).execute();
    const now = ctx.clock().toISOString();
    for (const row of rows) {
      await trx
        .updateTable('outbox_messages')
        .set({
          status: 'cancelled',
          last_error: row.status === 'void' ? 'The invoice was voided' : 'The invoice was paid',
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute();
    }
    return rows.length;
  });
};

/** Open invoices with a step whose day has come and that is not decided yet. */
const invoicesToRemind = async (db: Kysely<Database>, steps: PlannedStep[], today: string) => {
  if (steps.length === 0) return [];
  const earliest = Math.min(...steps.map((step) => step.offsetDays));
  const open = openInvoicesDueBy(db, addDays(today, -earliest));
  const invoices = await open.execute();
  const decided = await db
    .selectFrom('invoice_reminders')
    .select(['invoice_id', 'step_id'])
    .where('invoice_id', 'in', open.clearSelect().clearOrderBy().select('id'))
    .execute();
  const done = new Set(decided.map((row) => `${row.invoice_id}:${row.step_id}`));
  return invoices
    .filter((invoice) =>
      steps.some(
        (step) =>
          addDays(invoice.due_date, step.offsetDays) <= today && !done.has(`${invoice.id}:${step.id}`),
      ),
    )
    .map((invoice) => invoice.id);
};

type ReminderReport = Omit<ReminderRunReport, 'lateFees'>;

/**
 * Cancels reminders of invoices settled since, then decides every due step of every open invoice, each
 * once. An invoice whose reminder cannot be made is logged and tried again at the next run; the others go on.
 */
export const runReminders = async (
  ctx: AppContext,
  log: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<ReminderReport> => {
  const report: ReminderReport = { drafted: 0, skipped: 0, cancelled: await cancelSettledReminders(ctx) };
  const today = localIsoDate(ctx.clock());
  for (const invoiceId of await invoicesToRemind(ctx.db, await plannedSteps(ctx.db), today)) {
    if (signal?.aborted) break;
    try {
      for (const { outcome } of await remindInvoice(ctx, invoiceId)) report[outcome] += 1;
    } catch (error) {
      log(error);
    }
  }
  return report;
};
