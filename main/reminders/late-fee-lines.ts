import type { Kysely } from 'kysely';
import type { InvoiceLineValues } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { saveDraft } from '../invoices/draft-save';
import { loadInvoiceRecord, storedContent } from '../invoices/invoice-records';
import { readSetting } from '../settings/settings';

/** The rate a fee's line takes: the one chosen in the settings, or the workspace's exempt rate. */
const feeTaxRateId = async (db: Kysely<Database>, chosen: number | null): Promise<number> => {
  if (chosen !== null) return chosen;
  const exempt = await db
    .selectFrom('tax_rates')
    .select('id')
    .where('kind', '=', 'exempt')
    .where('archived_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!exempt) throw new Error('Late fees need a tax rate: there is no exempt rate; choose one in Settings');
  return exempt.id;
};

/** One line "Late fee for INV-2026-0001" for the fee's amount. */
export const lateFeeLine = async (
  db: Kysely<Database>,
  amountMinor: number,
  overdueNumber: string | null,
): Promise<InvoiceLineValues> => {
  const settings = await readSetting(db, 'late_fees');
  return {
    catalogItemId: null,
    description: `${settings.description} for ${overdueNumber ?? 'an overdue invoice'}`,
    quantity: '1',
    unit: '',
    unitPriceMinor: amountMinor,
    discountPercent: null,
    discountMinor: null,
    taxRateId: await feeTaxRateId(db, settings.taxRateId),
  };
};

/**
 * Adds the account's pending late fees in the draft's currency to a new draft, a line each, and marks
 * them billed by it, in the caller's transaction. Deleting that draft frees them for the next one.
 */
export const billPendingLateFees = async (trx: Kysely<Database>, draftId: number, now: string) => {
  const draft = await loadInvoiceRecord(trx, draftId);
  if (draft.account_id === null || draft.kind !== 'invoice') return;
  const pending = await trx
    .selectFrom('late_fees as f')
    .innerJoin('invoices as i', 'i.id', 'f.invoice_id')
    .select(['f.id', 'f.amount_minor', 'i.number'])
    .where('f.account_id', '=', draft.account_id)
    .where('f.currency', '=', draft.currency)
    .where('f.billed_invoice_id', 'is', null)
    .orderBy('f.id')
    .execute();
  if (pending.length === 0) return;
  const content = await storedContent(trx, draft);
  for (const fee of pending) content.lines.push(await lateFeeLine(trx, fee.amount_minor, fee.number));
  await saveDraft(trx, draftId, content, now);
  await trx
    .updateTable('late_fees')
    .set({ billed_invoice_id: draftId })
    .where(
      'id',
      'in',
      pending.map((fee) => fee.id),
    )
    .execute();
};
