import { type Kysely, sql } from 'kysely';
import type { InvoiceListQuery, InvoiceListResult, InvoiceSummary } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { countMatches } from './invoice-counts';
import { balanceSql, filtered, isOverdue } from './invoice-filters';
import { invoiceRowColumns, toInvoiceRow } from './invoice-records';

const sortColumns = {
  number: sql`number`,
  issueDate: sql`issue_date`,
  dueDate: sql`due_date`,
  // Folded, so "Ærøskøbing" sorts with the A's rather than after Z as its bytes would.
  customer: sql`lb_fold(customer_name)`,
  total: sql`total_minor`,
  balance: balanceSql,
};

/** Only drafts have no number; they come last either way. */
const orderOf = ({ sort, direction }: InvoiceListQuery) => {
  const way = direction === 'asc' ? sql`ASC` : sql`DESC`;
  return [sql`${sortColumns[sort]} ${way}${sort === 'number' ? sql` NULLS LAST` : sql``}`, sql`id ${way}`];
};

/**
 * A page of invoices in the chosen order, with the number of matches and their totals per currency.
 * The page's ids are found first, walking an index where one fits the order, so rows an offset skips
 * are never read; only the page's rows are.
 */
export const listInvoices = async (
  db: Kysely<Database>,
  input: InvoiceListQuery,
  today: string,
): Promise<InvoiceListResult> => {
  const order = orderOf(input);
  let pageIds = filtered(db, input, today).select('id');
  for (const by of order) pageIds = pageIds.orderBy(by);
  let page = db
    .selectFrom('invoices')
    .select(invoiceRowColumns)
    .where('id', 'in', pageIds.limit(input.limit).offset(input.offset));
  for (const by of order) page = page.orderBy(by);
  const [rows, counted] = await Promise.all([page.execute(), countMatches(db, input, today)]);
  return { rows: rows.map((row) => toInvoiceRow(row, today)), ...counted };
};

export const invoiceSummary = async (db: Kysely<Database>, today: string): Promise<InvoiceSummary> => {
  const [overdue, drafts] = await Promise.all([
    db
      .selectFrom('invoices')
      .where((eb) => isOverdue(eb, today))
      .select((eb) => [
        'currency',
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number>(balanceSql).as('balance'),
      ])
      .groupBy('currency')
      .orderBy('currency')
      .execute(),
    db
      .selectFrom('invoices')
      .where('status', '=', 'draft')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    overdueCount: overdue.reduce((sum, row) => sum + Number(row.count), 0),
    overdueBalance: overdue.map((row) => ({ minor: Number(row.balance), currency: row.currency })),
    draftCount: Number(drafts.count),
  };
};
