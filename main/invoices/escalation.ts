import { localIsoDate } from '../../shared/invoice-dates';
import { formatMoney } from '../../shared/money';
import type { AppContext } from '../app-context';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { rescoreLeadsAbout } from '../leads/rescore';
import { loadProfile } from '../profile/profile.queries';
import { logInvoiceEvent } from './audit-log';
import { balanceOf, daysOverdue, invoiceLabel, loadInvoiceRecord, loadRecipientIds } from './invoice-records';

/**
 * Turns an overdue invoice into a follow-up task due today, on its account (or its company's account)
 * with the invoice linked, so it shows on the account's timeline and in the task list.
 */
export const escalateInvoice = (
  ctx: AppContext,
  id: number,
): Promise<{ activityId: number; created: boolean }> =>
  write(ctx, ['invoices', 'activities'], async (trx) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const row = await loadInvoiceRecord(trx, id);
    const late = daysOverdue(row, today);
    if (late === 0) throw new AppError('conflict', `${invoiceLabel(row)} is not overdue`);
    // A second click should not pile up tasks: while one is open, that one is the follow-up.
    const open = await trx
      .selectFrom('activities')
      .select('id')
      .where('invoice_id', '=', id)
      .where('kind', '=', 'task')
      .where('done_at', 'is', null)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (open) return { activityId: open.id, created: false };
    const account =
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
    const [contactId = null] = await loadRecipientIds(trx, id);
    const { locale } = await loadProfile(trx);
    const balance = formatMoney({ minor: balanceOf(row), currency: row.currency }, locale);
    const { id: activityId } = await trx
      .insertInto('activities')
      .values({
        kind: 'task',
        subject: `Follow up overdue invoice ${row.number} (${balance}, ${late} ${late === 1 ? 'day' : 'days'} overdue)`,
        occurred_at: now,
        due_date: today,
        direction: null,
        contact_id: contactId,
        company_id: row.company_id,
        lead_id: null,
        deal_id: row.deal_id,
        account_id: account,
        invoice_id: row.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await logInvoiceEvent(trx, id, 'escalated', { activityId, daysOverdue: late }, now);
    await rescoreLeadsAbout(trx, { contactId }, ctx.clock());
    return { activityId, created: true };
  });
