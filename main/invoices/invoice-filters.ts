import type { ExpressionBuilder, Kysely } from 'kysely';
import { type InvoiceListQuery, type InvoiceStatus, invoiceStatuses } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { matchesSearch } from './invoice-search';

type Invoices = ExpressionBuilder<Database, 'invoices'>;

/** Issued and not settled: what can be paid, and what can fall overdue. */
export const isOpen = (eb: Invoices) => eb('status', 'in', ['issued', 'partially_paid']);

/** Derived from today every time it is asked, matching daysOverdue in invoice-records. */
export const isOverdue = (eb: Invoices, today: string) =>
  eb.and([isOpen(eb), eb('due_date', '<', today), eb('total_minor', '>', eb.ref('paid_minor'))]);

export const statusesOf = (status: InvoiceListQuery['status']): readonly InvoiceStatus[] =>
  status === 'all' || status === 'overdue'
    ? invoiceStatuses
    : status === 'open'
      ? ['issued', 'partially_paid']
      : [status];

/** The invoices a list's filters match; its page, count and totals all start here so they agree. */
export const filtered = (db: Kysely<Database>, input: InvoiceListQuery, today: string) =>
  db.selectFrom('invoices').where((eb) => {
    const conditions = [];
    if (input.status === 'overdue') conditions.push(isOverdue(eb, today));
    else if (input.status !== 'all') conditions.push(eb('status', 'in', statusesOf(input.status)));
    if (input.accountId !== undefined) conditions.push(eb('account_id', '=', input.accountId));
    if (input.companyId !== undefined) conditions.push(eb('company_id', '=', input.companyId));
    if (input.dealId !== undefined) conditions.push(eb('deal_id', '=', input.dealId));
    if (input.currency !== undefined) conditions.push(eb('currency', '=', input.currency));
    if (input.issuedFrom !== undefined) conditions.push(eb('issue_date', '>=', input.issuedFrom));
    if (input.issuedTo !== undefined) conditions.push(eb('issue_date', '<=', input.issuedTo));
    if (input.query !== '') conditions.push(matchesSearch(eb, input.query));
    return eb.and(conditions);
  });
