import { localIsoDate } from '../../shared/invoice-dates';
import type { Invoice } from '../../shared/invoices';
import type { AppContext } from '../app-context';
import { writeDurably } from '../db/write';
import { AppError } from '../ipc/app-error';
import { allocateNumber } from '../numbering/numbering.service';
import { loadProfile } from '../profile/profile.queries';
import { logInvoiceEvent } from './audit-log';
import { saveDraft } from './draft-save';
import { getInvoice, invoiceLabel, loadInvoiceRecord, storedContent } from './invoice-records';
import { buyerOf, sellerOf } from './parties';

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';

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
    try {
      await db
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
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError(
        'conflict',
        `The number ${allocated.number} is already taken; change the number series’ pattern in Settings`,
      );
    }
    await logInvoiceEvent(
      db,
      id,
      'issued',
      { number: allocated.number, totalMinor: totals.totalMinor, currency: content.currency },
      now,
    );
    return getInvoice(db, id, localIsoDate(ctx.clock()));
  });

/** Voids an issued invoice nobody has paid; it keeps its number, so the series stays gapless. */
export const voidInvoice = (ctx: AppContext, id: number, reason: string): Promise<Invoice> =>
  writeDurably(ctx, ['invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const row = await loadInvoiceRecord(db, id);
    const label = invoiceLabel(row);
    if (row.status === 'draft')
      throw new AppError('conflict', `${label} has no number yet; delete the draft instead`);
    if (row.status === 'void') throw new AppError('conflict', `${label} is already void`);
    if (row.status !== 'issued' || row.paid_minor > 0) {
      throw new AppError(
        'conflict',
        `${label} has payments and cannot be voided; record a credit note instead`,
      );
    }
    await db
      .updateTable('invoices')
      .set({ status: 'void', voided_at: now, void_reason: reason, updated_at: now })
      .where('id', '=', id)
      .execute();
    await logInvoiceEvent(db, id, 'voided', { reason }, now);
    return getInvoice(db, id, localIsoDate(ctx.clock()));
  });
