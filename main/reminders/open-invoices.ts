import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import { balanceOf, type InvoiceRecord } from '../invoices/invoice-records';

/** Reminders and late fees are for invoices still owed: issued or partly paid, with a balance left. */
export const isOpenInvoice = (row: InvoiceRecord) =>
  row.kind === 'invoice' &&
  (row.status === 'issued' || row.status === 'partially_paid') &&
  balanceOf(row) > 0;

/** The open invoices due on or before `dueBy`, oldest due first. */
export const openInvoicesDueBy = (db: Kysely<Database>, dueBy: string) =>
  db
    .selectFrom('invoices')
    .select(['id', 'due_date'])
    .where('kind', '=', 'invoice')
    .where('status', 'in', ['issued', 'partially_paid'])
    .where(sql<boolean>`total_minor - paid_minor - credited_minor > 0`)
    .where('due_date', '<=', dueBy)
    .orderBy('due_date')
    .orderBy('id');
