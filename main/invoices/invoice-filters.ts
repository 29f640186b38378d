import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { type InvoiceListQuery, type InvoiceStatus, invoiceStatuses } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { matchesSearch } from './invoice-search';

type Invoices = ExpressionBuilder<Database, 'invoices'>;

/** What an invoice still owes, matching balanceOf in invoice-records (summed over invoices only). */
export const balanceSql = sql<number>`total_minor - paid_minor - credited_minor`;

/** Issued and not settled: what can be paid, and what can fall overdue. Credit notes owe nothing. */
export const isOpen = (eb: Invoices) =>
  eb.and([eb('kind', '=', 'invoice'), eb('status', 'in', ['issued', 'partially_paid'])]);

/** Derived from today every time it is asked, matching daysOverdue in invoice-records. */
export const isOverdue = (eb: Invoices, today: string) =>
  eb.and([isOpen(eb), eb('due_date', '<', today), eb(balanceSql, '>', 0)]);

/** The statuses invoice_totals files a filter's invoices under; credit notes go under their own. */
export const statusesOf = (status: InvoiceListQuery['status']): readonly (InvoiceStatus | 'credit_note')[] =>
  status === 'all'
    ? [...invoiceStatuses, 'credit_note']
    : status === 'overdue'
      ? invoiceStatuses
      : status === 'open'
        ? ['issued', 'partially_paid']
        : [status];

/** The invoices a list's filters match; its page, count and totals all start here so they agree. */
export const filtered = (db: Kysely<Database>, input: InvoiceListQuery, today: string) =>
  db.selectFrom('invoices').where((eb) => {
    const conditions = [];
    if (input.status === 'overdue') conditions.push(isOverdue(eb, today));
    else if (input.status === 'credit_note') conditions.push(eb('kind', '=', 'credit_note'));
    else if (input.status !== 'all') {
      conditions.push(
        eb('kind', '=', 'invoice'),
        eb('status', 'in', statusesOf(input.status) as InvoiceStatus[]),
      );
    }
    if (input.accountId !== undefined) conditions.push(eb('account_id', '=', input.accountId));
    if (input.companyId !== undefined) conditions.push(eb('company_id', '=', input.companyId));
    if (input.dealId !== undefined) conditions.push(eb('deal_id', '=', input.dealId));
    if (input.currency !== undefined) conditions.push(eb('currency', '=', input.currency));
    if (input.issuedFrom !== undefined) conditions.push(eb('issue_date', '>=', input.issuedFrom));
    if (input.issuedTo !== undefined) conditions.push(eb('issue_date', '<=', input.issuedTo));
    if (input.query !== '') conditions.push(matchesSearch(eb, input.query));
    return eb.and(conditions);
  });
