import type { Kysely } from 'kysely';
import { addQuantities, subtractQuantities } from '../../shared/credit-math';
import type { Creditable } from '../../shared/credit-notes';
import type { InvoiceLine } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { balanceOf, type InvoiceRecord, invoiceLabel } from '../invoices/invoice-records';
import { AppError } from '../ipc/app-error';

const creditableStatuses = new Set(['issued', 'partially_paid', 'paid']);

/** Only an issued invoice (not a draft, a void one or a credit note) can be credited. */
export const assertCreditable = (row: InvoiceRecord) => {
  if (row.kind !== 'invoice' || !creditableStatuses.has(row.status)) {
    throw new AppError('conflict', `${invoiceLabel(row)} is not an issued invoice, so it cannot be credited`);
  }
};

/** The sum of the issued credit notes on an invoice. */
export const creditedTotal = async (db: Kysely<Database>, invoiceId: number): Promise<number> => {
  const { total } = await db
    .selectFrom('invoices')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('total_minor'), eb.lit(0)).as('total'))
    .where('kind', '=', 'credit_note')
    .where('corrects_invoice_id', '=', invoiceId)
    .where('status', '<>', 'draft')
    .executeTakeFirstOrThrow();
  return Number(total);
};

/** How much of each line earlier credit notes took back, in the lines' order. */
export const creditedQuantities = async (db: Kysely<Database>, lines: readonly InvoiceLine[]) => {
  const rows =
    lines.length === 0
      ? []
      : await db
          .selectFrom('invoice_lines')
          .select(['credits_line_id', 'credited_quantity'])
          .where(
            'credits_line_id',
            'in',
            lines.map((line) => line.id),
          )
          .execute();
  const byLine = new Map<number, string>();
  for (const row of rows) {
    if (row.credits_line_id === null || row.credited_quantity === null) continue;
    byLine.set(
      row.credits_line_id,
      addQuantities(byLine.get(row.credits_line_id) ?? '0', row.credited_quantity),
    );
  }
  return lines.map((line) => byLine.get(line.id) ?? '0');
};

export const creditableOf = async (
  db: Kysely<Database>,
  row: InvoiceRecord,
  lines: readonly InvoiceLine[],
): Promise<Creditable> => {
  const [credited, quantities] = await Promise.all([
    creditedTotal(db, row.id),
    creditedQuantities(db, lines),
  ]);
  return {
    invoiceId: row.id,
    currency: row.currency,
    remainingMinor: row.total_minor - credited,
    balanceMinor: balanceOf(row),
    paidMinor: row.paid_minor,
    lines: lines.map((line, index) => {
      const done = quantities[index] ?? '0';
      return {
        lineId: line.id,
        description: line.description,
        quantity: line.quantity,
        creditedQuantity: done,
        remainingQuantity: subtractQuantities(line.quantity, done),
      };
    }),
  };
};
