import type { Estimate } from '../../shared/estimates';
import { localIsoDate } from '../../shared/invoice-dates';
import type { AppContext } from '../app-context';
import { writeDurably } from '../db/write';
import { logInvoiceEvent } from '../invoices/audit-log';
import { saveDraft } from '../invoices/draft-save';
import { blankDraft } from '../invoices/invoice-drafts';
import { AppError } from '../ipc/app-error';
import { allocateNumber, storeNumber } from '../numbering/numbering.service';
import { loadProfile } from '../profile/profile.queries';
import { saveEstimate } from './estimate-drafts';
import {
  estimateLabel,
  getEstimate,
  loadEstimateRecord,
  logEstimateEvent,
  statusOn,
  storedEstimateContent,
} from './estimate-records';

/**
 * Gives a draft its number from the estimate series and freezes it, in one durable transaction: the
 * figures are computed once more with the rates as they are now, and those rates are kept with it.
 */
export const sendEstimate = (ctx: AppContext, id: number): Promise<Estimate> =>
  writeDurably(ctx, ['estimates'], async (db) => {
    const now = ctx.clock().toISOString();
    const row = await loadEstimateRecord(db, id);
    if (row.status !== 'draft') throw new AppError('conflict', `${estimateLabel(row)} is already sent`);
    const content = await storedEstimateContent(db, row);
    const missing: Record<string, string> = {};
    if (content.companyId === null) missing.companyId = 'Choose the customer';
    if (content.lines.length === 0) missing.lines = 'Add at least one line';
    if (Object.keys(missing).length > 0) {
      throw new AppError('conflict', `Before sending: ${Object.values(missing).join('; ')}.`, missing);
    }
    const { totals } = await saveEstimate(db, id, content, now);
    const allocated = await allocateNumber(db, 'estimate', content.issueDate);
    await storeNumber(allocated, 'estimate series’', () =>
      db
        .updateTable('estimates')
        .set({
          status: 'sent',
          series_id: allocated.seriesId,
          number: allocated.number,
          sequence_period: allocated.period,
          sequence_value: allocated.value,
          sent_at: now,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute(),
    );
    await logEstimateEvent(
      db,
      id,
      'sent',
      { number: allocated.number, totalMinor: totals.totalMinor, currency: content.currency },
      now,
    );
    return getEstimate(db, id, localIsoDate(ctx.clock()));
  });

type Decision = 'approved' | 'declined';

/** Records the client's answer to a sent estimate that is still valid, with who gave it and when. */
export const decideEstimate = (
  ctx: AppContext,
  id: number,
  decision: Decision,
  by: string,
): Promise<Estimate> =>
  writeDurably(ctx, ['estimates'], async (db) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const row = await loadEstimateRecord(db, id);
    const label = estimateLabel(row);
    const status = statusOn(row, today);
    if (status === 'draft')
      throw new AppError('conflict', `${label} is not sent yet; send it before recording an answer`);
    if (status === 'approved' || status === 'declined')
      throw new AppError('conflict', `${label} is already ${status}`);
    if (status === 'expired') {
      throw new AppError(
        'conflict',
        `${label} expired on ${row.valid_until} and can no longer be ${decision}; send a new estimate instead`,
      );
    }
    const who = by !== '' ? by : (await loadProfile(db)).legalName || 'Client';
    await db
      .updateTable('estimates')
      .set({ status: decision, decided_at: now, decided_by: who, updated_at: now })
      .where('id', '=', id)
      .execute();
    await logEstimateEvent(db, id, decision, { by: who }, now);
    return getEstimate(db, id, today);
  });

/**
 * One click from an approved estimate to a draft invoice saying the same: customer, recipients, deal and
 * account, every line with its price, discount and tax rate, the discount and rounding. Invoice terms
 * come from the workspace's invoice defaults. The estimate keeps a link, so it converts only once.
 */
export const convertEstimate = (
  ctx: AppContext,
  id: number,
): Promise<{ estimate: Estimate; invoiceId: number }> =>
  writeDurably(ctx, ['estimates', 'invoices'], async (db) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const row = await loadEstimateRecord(db, id);
    const label = estimateLabel(row);
    if (row.invoice_id !== null) {
      throw new AppError('conflict', `${label} is already converted to an invoice`);
    }
    if (row.status !== 'approved') {
      throw new AppError(
        'conflict',
        `${label} is not approved; record the client’s approval before converting`,
      );
    }
    // The invoice is dated today and asks for payment with its template's terms, as any new draft does.
    const {
      validUntil: _validUntil,
      issueDate: _issueDate,
      terms: _terms,
      ...content
    } = await storedEstimateContent(db, row);
    const draft = await blankDraft(db, today, content);
    const { id: invoiceId } = await saveDraft(db, null, draft, now);
    await logInvoiceEvent(
      db,
      invoiceId,
      'created',
      { from: 'estimate', estimateId: id, number: row.number },
      now,
    );
    await db
      .updateTable('estimates')
      .set({ invoice_id: invoiceId, updated_at: now })
      .where('id', '=', id)
      .execute();
    await logEstimateEvent(db, id, 'converted', { invoiceId }, now);
    return { estimate: await getEstimate(db, id, today), invoiceId };
  });
