import type { Kysely } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import { formatMoney } from '../../shared/money';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { rescoreLeadsAbout } from '../leads/rescore';
import { loadProfile } from '../profile/profile.queries';
import { logInvoiceEvent } from './audit-log';
import {
  balanceOf,
  daysOverdue,
  type InvoiceRecord,
  invoiceLabel,
  loadInvoiceRecord,
  loadRecipientIds,
} from './invoice-records';

export interface FollowUp {
  activityId: number;
  created: boolean;
}

/** The account an invoice is billed to: its own, or its company's. */
export const accountOfInvoice = async (trx: Kysely<Database>, row: InvoiceRecord) =>
  row.account_id ??
  (row.company_id === null
    ? null
    : ((
        await trx
          .selectFrom('accounts')
          .select('id')
          .where('company_id', '=', row.company_id)
          .executeTakeFirst()
      )?.id ?? null));

/**
 * A follow-up task due today for an invoice, on its account (or its company's account) with the invoice
 * linked, so it shows on the account's timeline and in the task list. Runs in the caller's transaction;
 * while one is open, that one is the follow-up, so neither a second click nor a reminder piles up tasks.
 */
export const openFollowUpTask = async (
  trx: Kysely<Database>,
  row: InvoiceRecord,
  at: Date,
): Promise<FollowUp> => {
  const open = await trx
    .selectFrom('activities')
    .select('id')
    .where('invoice_id', '=', row.id)
    .where('kind', '=', 'task')
    .where('done_at', 'is', null)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (open) return { activityId: open.id, created: false };
  const now = at.toISOString();
  const today = localIsoDate(at);
  const late = daysOverdue(row, today);
  const [contactId = null] = await loadRecipientIds(trx, row.id);
  const { locale } = await loadProfile(trx);
  const balance = formatMoney({ minor: balanceOf(row), currency: row.currency }, locale);
  const subject =
    late > 0
      ? `Follow up overdue invoice ${row.number} (${balance}, ${late} ${late === 1 ? 'day' : 'days'} overdue)`
      : `Follow up invoice ${row.number} (${balance}, due ${row.due_date})`;
  const { id: activityId } = await trx
    .insertInto('activities')
    .values({
      kind: 'task',
      subject,
      occurred_at: now,
      due_date: today,
      direction: null,
      contact_id: contactId,
      company_id: row.company_id,
      lead_id: null,
      deal_id: row.deal_id,
      account_id: await accountOfInvoice(trx, row),
      invoice_id: row.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await logInvoiceEvent(trx, row.id, 'escalated', { activityId, daysOverdue: late }, now);
  await rescoreLeadsAbout(trx, { contactId }, at);
  return { activityId, created: true };
};

/** Turns an overdue invoice into a follow-up task; refused while it is not overdue. */
export const escalateInvoice = (ctx: AppContext, id: number): Promise<FollowUp> =>
  write(ctx, ['invoices', 'activities'], async (trx) => {
    const row = await loadInvoiceRecord(trx, id);
    if (daysOverdue(row, localIsoDate(ctx.clock())) === 0) {
      throw new AppError('conflict', `${invoiceLabel(row)} is not overdue`);
    }
    return openFollowUpTask(trx, row, ctx.clock());
  });
