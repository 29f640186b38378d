import type { Kysely } from 'kysely';
import type { InvoiceListQuery, InvoiceListResult, InvoiceStatus } from '../../shared/invoices';
import type { Database } from '../db/schema';
import { balanceSql, filtered, statusesOf } from './invoice-filters';
import { monthSpans } from './month-spans';

type CurrencyTotals = InvoiceListResult['totals'][number];

interface Tally {
  count: number;
  totals: CurrencyTotals[];
}

/** Drafts are not owed yet, void invoices never will be, and credit notes owe nothing: none count. */
const owed = (status: InvoiceStatus | 'credit_note') =>
  status !== 'draft' && status !== 'void' && status !== 'credit_note';

const fromMatches = async (db: Kysely<Database>, input: InvoiceListQuery, today: string): Promise<Tally> => {
  const base = filtered(db, input, today);
  const [count, totals] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .where('status', 'not in', ['draft', 'void'])
      .where('kind', '=', 'invoice')
      .select((eb) => [
        'currency',
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number>('total_minor').as('total'),
        eb.fn.sum<number>(balanceSql).as('balance'),
      ])
      .groupBy('currency')
      .execute(),
  ]);
  return {
    count: Number(count.total),
    totals: totals.map((row) => ({
      currency: row.currency,
      count: Number(row.count),
      totalMinor: Number(row.total),
      balanceMinor: Number(row.balance),
    })),
  };
};

const fromTotalsTable = async (
  db: Kysely<Database>,
  input: InvoiceListQuery,
  months: { from: string | null; to: string | null },
): Promise<Tally> => {
  const rows = await db
    .selectFrom('invoice_totals')
    .selectAll()
    .where('status', 'in', statusesOf(input.status))
    .$if(input.currency !== undefined, (qb) => qb.where('currency', '=', input.currency as string))
    .$if(months.from !== null, (qb) => qb.where('month', '>=', months.from as string))
    .$if(months.to !== null, (qb) => qb.where('month', '<=', months.to as string))
    .execute();
  return {
    count: rows.reduce((sum, row) => sum + row.invoice_count, 0),
    totals: rows
      .filter((row) => owed(row.status))
      .map((row) => ({
        currency: row.currency,
        count: row.invoice_count,
        totalMinor: row.total_minor,
        balanceMinor: row.total_minor - row.paid_minor - row.credited_minor,
      })),
  };
};

const merged = (tallies: Tally[]): InvoiceListResult['totals'] => {
  const byCurrency = new Map<string, CurrencyTotals>();
  for (const one of tallies.flatMap((tally) => tally.totals)) {
    const sum = byCurrency.get(one.currency) ?? {
      currency: one.currency,
      count: 0,
      totalMinor: 0,
      balanceMinor: 0,
    };
    sum.count += one.count;
    sum.totalMinor += one.totalMinor;
    sum.balanceMinor += one.balanceMinor;
    byCurrency.set(one.currency, sum);
  }
  return [...byCurrency.values()]
    .filter((sum) => sum.count > 0)
    .sort((a, b) => a.currency.localeCompare(b.currency));
};

/** Filters invoice_totals can answer: status (not overdue, which depends on today), currency and dates. */
const answeredByTotals = (input: InvoiceListQuery) =>
  input.status !== 'overdue' &&
  input.query === '' &&
  [input.accountId, input.companyId, input.dealId].every((value) => value === undefined);

/**
 * How many invoices the filters match and their totals per currency. Where it can, this reads
 * invoice_totals, which triggers keep per month, status and currency, instead of summing what may be
 * every invoice in the workspace: whole months come from there, the partly covered months at the edges
 * of a date range from the invoices themselves.
 */
export const countMatches = async (
  db: Kysely<Database>,
  input: InvoiceListQuery,
  today: string,
): Promise<Pick<InvoiceListResult, 'total' | 'totals'>> => {
  let tallies: Tally[];
  if (answeredByTotals(input)) {
    const spans = monthSpans(input.issuedFrom, input.issuedTo);
    tallies = await Promise.all([
      ...(spans.whole ? [fromTotalsTable(db, input, spans.whole)] : []),
      ...spans.partial.map((span) =>
        fromMatches(db, { ...input, issuedFrom: span.from, issuedTo: span.to }, today),
      ),
    ]);
  } else {
    tallies = [await fromMatches(db, input, today)];
  }
  return { total: tallies.reduce((sum, tally) => sum + tally.count, 0), totals: merged(tallies) };
};
