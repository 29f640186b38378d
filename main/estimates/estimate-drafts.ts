import type { Kysely } from 'kysely';
import {
  defaultValidityDays,
  type Estimate,
  type EstimateChanges,
  type EstimateContent,
} from '../../shared/estimates';
import { addDays, localIsoDate } from '../../shared/invoice-dates';
import type { InvoiceTotals } from '../../shared/invoice-math';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { prepareDocument } from '../invoices/draft-save';
import { accountParts, blankDraft, dealParts } from '../invoices/invoice-drafts';
import { AppError } from '../ipc/app-error';
import {
  estimateLabel,
  getEstimate,
  loadEstimateRecord,
  logEstimateEvent,
  storedEstimateContent,
} from './estimate-records';

/**
 * Checks and writes an estimate's whole content in the caller's transaction, with the same checks and the
 * same calculation as an invoice draft. `id` null inserts a new draft.
 */
export const saveEstimate = async (
  db: Kysely<Database>,
  id: number | null,
  given: EstimateContent,
  now: string,
): Promise<{ id: number; totals: InvoiceTotals }> => {
  if (given.validUntil < given.issueDate) {
    throw new AppError('invalid_input', 'Check validUntil: It cannot be before the estimate date', {
      validUntil: 'It cannot be before the estimate date',
    });
  }
  const { content, totals, columns, lines, recipients } = await prepareDocument(db, given, now);
  const values = { ...columns, valid_until: content.validUntil };
  let estimateId = id;
  if (estimateId === null) {
    const inserted = await db
      .insertInto('estimates')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    estimateId = inserted.id;
  } else {
    await db.updateTable('estimates').set(values).where('id', '=', estimateId).execute();
  }
  const owner = { estimate_id: estimateId };
  await db.deleteFrom('estimate_lines').where('estimate_id', '=', estimateId).execute();
  await db.deleteFrom('estimate_recipients').where('estimate_id', '=', estimateId).execute();
  if (lines.length > 0) {
    await db
      .insertInto('estimate_lines')
      .values(lines.map((line) => ({ ...line, ...owner })))
      .execute();
  }
  if (recipients.length > 0) {
    await db
      .insertInto('estimate_recipients')
      .values(recipients.map((recipient) => ({ ...recipient, ...owner })))
      .execute();
  }
  return { id: estimateId, totals };
};

/**
 * A new estimate's content: what a deal or an account brings, then what was given, over the same
 * workspace defaults an invoice draft starts from, valid for `defaultValidityDays`.
 */
const newContent = async (
  db: Kysely<Database>,
  today: string,
  given: EstimateChanges,
): Promise<EstimateContent> => {
  const from =
    given.dealId != null
      ? (await dealParts(db, given.dealId)).content
      : given.accountId != null
        ? await accountParts(db, given.accountId)
        : {};
  const {
    paymentTerms: _terms,
    termsDays: _days,
    supplyDate: _supply,
    ...draft
  } = await blankDraft(db, today, { ...from, ...given });
  // A template's terms ask for payment; an estimate has none of its own unless given.
  return {
    ...draft,
    terms: given.terms ?? '',
    validUntil: given.validUntil ?? addDays(draft.issueDate, defaultValidityDays),
  };
};

export const createEstimate = (ctx: AppContext, input: EstimateChanges): Promise<Estimate> =>
  write(ctx, ['estimates'], async (trx) => {
    const now = ctx.clock().toISOString();
    const today = localIsoDate(ctx.clock());
    const { id } = await saveEstimate(trx, null, await newContent(trx, today, input), now);
    const origin =
      input.dealId != null
        ? { from: 'deal', dealId: input.dealId }
        : input.accountId != null
          ? { from: 'account', accountId: input.accountId }
          : { from: 'blank' };
    await logEstimateEvent(trx, id, 'created', origin, now);
    return getEstimate(trx, id, today);
  });

const notDraft = (row: { number: string | null; id: number }, action: string) =>
  new AppError('conflict', `${estimateLabel(row)} is sent and can no longer be ${action}`);

export const updateEstimate = (ctx: AppContext, id: number, changes: EstimateChanges): Promise<Estimate> =>
  write(ctx, ['estimates'], async (trx) => {
    const now = ctx.clock().toISOString();
    const row = await loadEstimateRecord(trx, id);
    if (row.status !== 'draft') throw notDraft(row, 'changed');
    const content = { ...(await storedEstimateContent(trx, row)), ...changes };
    // A new customer brings its own account unless the change names one.
    if (changes.companyId !== undefined && changes.accountId === undefined) content.accountId = null;
    await saveEstimate(trx, id, content, now);
    await logEstimateEvent(trx, id, 'updated', { fields: Object.keys(changes) }, now);
    return getEstimate(trx, id, localIsoDate(ctx.clock()));
  });

export const deleteEstimate = (ctx: AppContext, id: number): Promise<{ id: number }> =>
  write(ctx, ['estimates'], async (trx) => {
    const row = await loadEstimateRecord(trx, id);
    if (row.status !== 'draft') throw notDraft(row, 'deleted');
    await trx.deleteFrom('estimates').where('id', '=', id).execute();
    return { id };
  });
