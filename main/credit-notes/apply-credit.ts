import { localIsoDate } from '../../shared/invoice-dates';
import type { Invoice } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import type { AppContext } from '../app-context';
import { writeDurably } from '../db/write';
import { logInvoiceEvent } from '../invoices/audit-log';
import {
  balanceOf,
  getInvoice,
  invoiceLabel,
  loadInvoiceRecord,
  settledStatus,
} from '../invoices/invoice-records';
import { AppError } from '../ipc/app-error';
import { loadProfile } from '../profile/profile.queries';
import { notesWithCredit } from './credit-notes.queries';

/** Settles part of an open invoice with the account's credit in its currency, oldest credit note first. */
export const applyCredit = (ctx: AppContext, invoiceId: number, amountMinor: number): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const row = await loadInvoiceRecord(db, invoiceId);
    const label = invoiceLabel(row);
    if (row.kind !== 'invoice' || (row.status !== 'issued' && row.status !== 'partially_paid')) {
      throw new AppError('conflict', `${label} is not open, so no credit can be applied to it`);
    }
    const notes = row.account_id === null ? [] : await notesWithCredit(db, row.account_id, row.currency);
    const available = notes.reduce((sum, note) => sum + note.availableMinor, 0);
    const { locale } = await loadProfile(db);
    const money = (minor: number) => formatMoney({ minor, currency: row.currency }, locale);
    const limit = Math.min(available, balanceOf(row));
    if (amountMinor > limit) {
      const message =
        available === 0
          ? `The account holds no credit in ${row.currency}`
          : amountMinor > balanceOf(row)
            ? `That is more than the balance of ${money(balanceOf(row))}`
            : `The account holds only ${money(available)} of credit`;
      throw new AppError('invalid_input', message, { amountMinor: message });
    }
    let left = amountMinor;
    const used: string[] = [];
    for (const note of notes) {
      if (left === 0) break;
      const take = Math.min(left, note.availableMinor);
      await db
        .insertInto('credit_applications')
        .values({
          credit_note_id: note.id,
          invoice_id: row.id,
          kind: 'apply',
          amount_minor: take,
          method: null,
          applied_on: today,
          created_at: now,
        })
        .execute();
      used.push(note.number);
      left -= take;
    }
    const credited = row.credited_minor + amountMinor;
    await db
      .updateTable('invoices')
      .set({
        credited_minor: credited,
        status: settledStatus({ ...row, credited_minor: credited }),
        updated_at: now,
      })
      .where('id', '=', row.id)
      .execute();
    await logInvoiceEvent(db, row.id, 'credit_applied', { number: used.join(', '), amountMinor }, now);
    return getInvoice(db, row.id, today);
  });
