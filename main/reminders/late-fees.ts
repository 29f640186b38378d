import type { Kysely } from 'kysely';
import { divide, multiply, parseDecimal, ratio } from '../../shared/exact';
import { addDays, localIsoDate } from '../../shared/invoice-dates';
import { roundHalfUp } from '../../shared/money';
import type { LateFeeAmount } from '../../shared/reminders';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { logInvoiceEvent } from '../invoices/audit-log';
import { saveDraft } from '../invoices/draft-save';
import { accountOfInvoice } from '../invoices/escalation';
import { blankDraft } from '../invoices/invoice-drafts';
import {
  balanceOf,
  daysOverdue,
  type InvoiceRecord,
  loadInvoiceRecord,
  loadRecipientIds,
} from '../invoices/invoice-records';
import { readSetting } from '../settings/settings';
import { lateFeeLine } from './late-fee-lines';
import { isOpenInvoice, openInvoicesDueBy } from './open-invoices';

/** The fee on an overdue balance in minor units, rounded half-up; null when none applies (no fixed amount in that currency). */
export const lateFeeMinor = (
  amount: LateFeeAmount,
  balanceMinor: number,
  currency: string,
): number | null => {
  if (amount.kind === 'fixed')
    return amount.amounts.find((one) => one.currency === currency)?.amountMinor ?? null;
  const fee = roundHalfUp(
    multiply(ratio(BigInt(balanceMinor)), divide(parseDecimal(amount.percent), ratio(100n))),
  );
  return fee > 0n ? Number(fee) : null;
};

/** A draft invoice of its own for the fee, to the overdue invoice's customer and people. */
const draftOwnInvoice = async (trx: Kysely<Database>, row: InvoiceRecord, amountMinor: number, at: Date) => {
  const now = at.toISOString();
  const content = await blankDraft(trx, localIsoDate(at), {
    companyId: row.company_id,
    accountId: row.account_id,
    contactIds: await loadRecipientIds(trx, row.id),
    currency: row.currency,
    lines: [await lateFeeLine(trx, amountMinor, row.number)],
  });
  const { id } = await saveDraft(trx, null, content, now);
  await logInvoiceEvent(trx, id, 'created', { from: 'late_fee', invoiceId: row.id }, now);
  return id;
};

/**
 * Charges an overdue invoice's late fee once: the fee row (UNIQUE per invoice), its audit entry and, in
 * 'own_invoice' mode, its draft commit together; read again under the write lock, so two processes charge once.
 */
const chargeLateFee = (ctx: AppContext, invoiceId: number): Promise<boolean> =>
  write(ctx, ['invoices'], async (trx) => {
    const settings = await readSetting(trx, 'late_fees');
    const row = await loadInvoiceRecord(trx, invoiceId);
    const at = ctx.clock();
    const today = localIsoDate(at);
    if (!settings.enabled || !isOpenInvoice(row) || daysOverdue(row, today) < settings.afterDays)
      return false;
    const charged = await trx
      .selectFrom('late_fees')
      .select('id')
      .where('invoice_id', '=', invoiceId)
      .executeTakeFirst();
    const amountMinor = lateFeeMinor(settings.amount, balanceOf(row), row.currency);
    const accountId = await accountOfInvoice(trx, row);
    // A fee is billed to an account; an invoice to a customer without one is not charged.
    if (charged || amountMinor === null || accountId === null) return false;
    const billedInvoiceId =
      settings.mode === 'own_invoice' ? await draftOwnInvoice(trx, row, amountMinor, at) : null;
    await trx
      .insertInto('late_fees')
      .values({
        invoice_id: invoiceId,
        amount_minor: amountMinor,
        currency: row.currency,
        account_id: accountId,
        charged_on: today,
        billed_invoice_id: billedInvoiceId,
      })
      .execute();
    await logInvoiceEvent(
      trx,
      invoiceId,
      'late_fee_charged',
      { amountMinor, currency: row.currency, mode: settings.mode, billedInvoiceId },
      at.toISOString(),
    );
    return true;
  });

/** Charges every open invoice overdue long enough that has no fee yet; each failure is logged and retried next run. */
export const chargeLateFees = async (
  ctx: AppContext,
  log: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<number> => {
  const settings = await readSetting(ctx.db, 'late_fees');
  if (!settings.enabled) return 0;
  const today = localIsoDate(ctx.clock());
  const candidates = await openInvoicesDueBy(ctx.db, addDays(today, -settings.afterDays))
    .where('id', 'not in', ctx.db.selectFrom('late_fees').select('invoice_id'))
    .execute();
  let charged = 0;
  for (const { id } of candidates) {
    if (signal?.aborted) break;
    try {
      if (await chargeLateFee(ctx, id)) charged += 1;
    } catch (error) {
      log(error);
    }
  }
  return charged;
};
