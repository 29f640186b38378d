import { localIsoDate } from '../../shared/invoice-dates';
import type { Invoice, PaymentMethod } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import type { AppContext } from '../app-context';
import { writeDurably } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { loadProfile } from '../profile/profile.queries';
import { logInvoiceEvent } from './audit-log';
import { balanceOf, getInvoice, invoiceLabel, loadInvoiceRecord, settledStatus } from './invoice-records';

interface PaymentInput {
  invoiceId: number;
  paidOn: string;
  amountMinor: number;
  method: PaymentMethod;
  reference: string;
}

export const recordPayment = (ctx: AppContext, input: PaymentInput): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const row = await loadInvoiceRecord(db, input.invoiceId);
    const label = invoiceLabel(row);
    if (row.kind === 'credit_note')
      throw new AppError('conflict', `${label} is a credit note and takes no payments`);
    if (row.status === 'draft') throw new AppError('conflict', `Issue ${label} before recording a payment`);
    if (row.status === 'void') throw new AppError('conflict', `${label} is void and takes no payments`);
    if (row.status === 'paid') throw new AppError('conflict', `${label} is already paid in full`);
    const balance = balanceOf(row);
    if (input.amountMinor > balance) {
      const { locale } = await loadProfile(db);
      const message = `That is more than the balance of ${formatMoney({ minor: balance, currency: row.currency }, locale)}`;
      throw new AppError('invalid_input', message, { amountMinor: message });
    }
    const { id: paymentId } = await db
      .insertInto('payments')
      .values({
        invoice_id: row.id,
        paid_on: input.paidOn,
        amount_minor: input.amountMinor,
        method: input.method,
        reference: input.reference,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const paid = row.paid_minor + input.amountMinor;
    await db
      .updateTable('invoices')
      .set({ paid_minor: paid, status: settledStatus({ ...row, paid_minor: paid }), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await logInvoiceEvent(
      db,
      row.id,
      'payment_recorded',
      {
        paymentId,
        amountMinor: input.amountMinor,
        method: input.method,
        paidOn: input.paidOn,
        reference: input.reference,
      },
      now,
    );
    return getInvoice(db, row.id, localIsoDate(ctx.clock()));
  });

/** Payments are never erased: a deleted one keeps its row with the reason, and the balance rolls back. */
export const deletePayment = (ctx: AppContext, paymentId: number, reason: string): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const payment = await db
      .selectFrom('payments')
      .selectAll()
      .where('id', '=', paymentId)
      .executeTakeFirst();
    if (!payment) throw notFound('Payment', paymentId);
    if (payment.deleted_at !== null) throw new AppError('conflict', 'This payment was already deleted');
    const row = await loadInvoiceRecord(db, payment.invoice_id);
    await db
      .updateTable('payments')
      .set({ deleted_at: now, delete_reason: reason })
      .where('id', '=', paymentId)
      .execute();
    const paid = row.paid_minor - payment.amount_minor;
    if (paid < 0) {
      throw new AppError(
        'conflict',
        'Part of this payment was refunded with a credit note; it cannot be removed',
      );
    }
    await db
      .updateTable('invoices')
      .set({ paid_minor: paid, status: settledStatus({ ...row, paid_minor: paid }), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await logInvoiceEvent(
      db,
      row.id,
      'payment_deleted',
      { paymentId, amountMinor: payment.amount_minor, reason },
      now,
    );
    return getInvoice(db, row.id, localIsoDate(ctx.clock()));
  });
