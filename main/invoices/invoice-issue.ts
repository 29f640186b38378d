import type { Kysely } from 'kysely';
import { localIsoDate } from '../../shared/invoice-dates';
import type { Invoice } from '../../shared/invoices';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { AppContext } from '../app-context';
import { creditInvoice } from '../credit-notes/credit-note-issue';
import { creditedTotal } from '../credit-notes/creditable';
import type { Database } from '../db/schema';
import { writeDurably } from '../db/write';
import { AppError } from '../ipc/app-error';
import { allocateNumber, storeNumber } from '../numbering/numbering.service';
import { loadProfile } from '../profile/profile.queries';
import { logInvoiceEvent } from './audit-log';
import { saveDraft } from './draft-save';
import {
  getInvoice,
  type InvoiceRecord,
  invoiceLabel,
  loadInvoiceRecord,
  storedContent,
} from './invoice-records';
import { buyerOf, sellerOf } from './parties';

/**
 * Gives a draft its number and freezes it, durably, in one transaction: the figures are computed once
 * more with the tax rates as they are now, those rates, the seller and the buyer are snapshotted, and the
 * next number of the series is taken. From here the database refuses any change to what it says.
 */
export const issueInvoice = (ctx: AppContext, id: number): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const row = await loadInvoiceRecord(db, id);
    if (row.status !== 'draft') throw new AppError('conflict', `${invoiceLabel(row)} is already issued`);
    const content = await storedContent(db, row);
    const profile = await loadProfile(db);
    const missing: Record<string, string> = {};
    if (content.companyId === null) missing.companyId = 'Choose the customer';
    if (content.lines.length === 0) missing.lines = 'Add at least one line';
    if (profile.legalName === '') missing['seller.legalName'] = 'Enter your legal name in Settings → Profile';
    if (Object.keys(missing).length > 0) {
      throw new AppError('conflict', `Before issuing: ${Object.values(missing).join('; ')}.`, missing);
    }
    const { totals } = await saveDraft(db, id, content, now);
    if (totals.totalMinor < 0) {
      throw new AppError('conflict', 'An invoice cannot total less than zero; issue a credit note instead', {
        lines: 'The lines add up to less than zero',
      });
    }
    const allocated = await allocateNumber(db, row.kind, content.issueDate);
    const buyer = await buyerOf(db, content.companyId, content.contactIds);
    await storeNumber(allocated, 'number series’', () =>
      db
        .updateTable('invoices')
        .set({
          status: 'issued',
          series_id: allocated.seriesId,
          number: allocated.number,
          sequence_period: allocated.period,
          sequence_value: allocated.value,
          seller: JSON.stringify(sellerOf(profile)),
          buyer: JSON.stringify(buyer),
          issued_at: now,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute(),
    );
    await logInvoiceEvent(
      db,
      id,
      'issued',
      { number: allocated.number, totalMinor: totals.totalMinor, currency: content.currency },
      now,
    );
    return getInvoice(db, id, localIsoDate(ctx.clock()));
  });

type VoidRequest = ParsedInput<'invoices.void'>;

/**
 * An invoice with payments or credits stays on the books: it is cancelled by a credit note for all that
 * is left of it, which clears its balance and refunds the payments or keeps them as the customer's credit.
 */
const cancelWithCreditNote = async (
  db: Kysely<Database>,
  ctx: AppContext,
  row: InvoiceRecord,
  input: VoidRequest,
) => {
  const remaining = row.total_minor - (await creditedTotal(db, row.id));
  if (remaining <= 0) throw new AppError('conflict', `${invoiceLabel(row)} is already fully credited`);
  if (input.outcome === undefined) {
    const message = 'Choose whether to refund the payments or keep them as credit';
    throw new AppError('invalid_input', message, { outcome: message });
  }
  await creditInvoice(db, ctx, {
    invoiceId: row.id,
    amountMinor: remaining,
    reason: input.reason,
    outcome: input.outcome,
    refund: input.refund,
  });
};

/**
 * Voids an issued invoice; it keeps its number, so the series stays gapless. One with payments or credits
 * is cancelled by a full credit note instead, since money already moved on it.
 */
export const voidInvoice = (ctx: AppContext, input: VoidRequest): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const { id, reason } = input;
    const now = ctx.clock().toISOString();
    const row = await loadInvoiceRecord(db, id);
    const label = invoiceLabel(row);
    if (row.kind === 'credit_note')
      throw new AppError('conflict', `${label} is a credit note and cannot be voided`);
    if (row.status === 'draft')
      throw new AppError('conflict', `${label} has no number yet; delete the draft instead`);
    if (row.status === 'void') throw new AppError('conflict', `${label} is already void`);
    if (row.status !== 'issued' || row.paid_minor > 0 || row.credited_minor > 0) {
      await cancelWithCreditNote(db, ctx, row, input);
      return getInvoice(db, id, localIsoDate(ctx.clock()));
    }
    await db
      .updateTable('invoices')
      .set({ status: 'void', voided_at: now, void_reason: reason, updated_at: now })
      .where('id', '=', id)
      .execute();
    await logInvoiceEvent(db, id, 'voided', { reason }, now);
    return getInvoice(db, id, localIsoDate(ctx.clock()));
  });
