import { describe, expect, it } from 'vitest';
import type { InvoiceListInput } from '../../shared/invoices';
import { startInvoicingApp } from './invoice-fixtures';

const dayMs = 86_400_000;

/**
 * Six invoices for two customers in two currencies: a draft, an open one, an overdue one, a partly paid
 * overdue one, a paid one and a void one.
 */
const invoiceBook = async () => {
  const fixture = await startInvoicingApp();
  const { app, issued, draft, line } = fixture;
  const other = await app.call('companies.create', { name: 'Zoë Industries' });
  const pay = (invoiceId: number, amountMinor: number) =>
    app.call('invoices.recordPayment', { invoiceId, paidOn: '2026-11-24', amountMinor, method: 'card' });
  const ids = {
    draft: await draft(10_000),
    open: await issued(20_000),
    overdue: await issued(30_000, { issueDate: '2026-10-01' }),
    partlyPaid: await issued(40_000, { issueDate: '2026-09-15' }),
    paid: await issued(50_000, { issueDate: '2026-08-01' }),
    void: await issued(60_000, { issueDate: '2026-07-01' }),
    dollars: (
      await app.call('invoices.issue', {
        id: (
          await app.call('invoices.create', {
            companyId: other.id,
            currency: 'USD',
            issueDate: '2026-11-20',
            lines: [line({ unitPriceMinor: 70_000 })],
          })
        ).id,
      })
    ).id,
  };
  await pay(ids.partlyPaid, 10_000);
  await pay(ids.paid, 59_500);
  await app.call('invoices.void', { id: ids.void, reason: 'Duplicate' });
  const list = async (input: InvoiceListInput = {}) => app.call('invoices.list', input);
  const idsOf = async (input: InvoiceListInput = {}) => (await list(input)).rows.map((row) => row.id);
  return { ...fixture, ids, list, idsOf, otherId: other.id };
};

describe('the invoice list', () => {
  it('filters by status, open and overdue, with overdue derived from today', async () => {
    const { ids, idsOf, list, app } = await invoiceBook();
    expect(await idsOf({ status: 'draft' })).toEqual([ids.draft]);
    expect(await idsOf({ status: 'void' })).toEqual([ids.void]);
    expect(await idsOf({ status: 'open', sort: 'dueDate', direction: 'asc' })).toEqual([
      ids.partlyPaid,
      ids.overdue,
      ids.dollars,
      ids.open,
    ]);
    expect(await idsOf({ status: 'overdue', sort: 'dueDate', direction: 'asc' })).toEqual([
      ids.partlyPaid,
      ids.overdue,
    ]);
    const [row] = (await list({ status: 'overdue', sort: 'dueDate', direction: 'asc' })).rows;
    expect(row).toMatchObject({
      overdue: true,
      daysOverdue: 56,
      status: 'partially_paid',
      balanceMinor: 37_600,
    });
    // Nothing is written when time passes; tomorrow's reads simply see more invoices overdue.
    app.clock.advance(30 * dayMs);
    expect(await idsOf({ status: 'overdue', sort: 'dueDate', direction: 'asc' })).toEqual([
      ids.partlyPaid,
      ids.overdue,
      ids.dollars,
      ids.open,
    ]);
  });

  it('filters by company, account, deal, currency and issue dates', async () => {
    const { ids, idsOf, otherId, companyId } = await invoiceBook();
    expect(await idsOf({ companyId: otherId })).toEqual([ids.dollars]);
    expect(await idsOf({ currency: 'USD' })).toEqual([ids.dollars]);
    expect((await idsOf({ companyId })).length).toBe(6);
    expect(
      await idsOf({ issuedFrom: '2026-08-01', issuedTo: '2026-09-30', sort: 'issueDate', direction: 'asc' }),
    ).toEqual([ids.paid, ids.partlyPaid]);
    expect(await idsOf({ dealId: 9999 })).toEqual([]);
  });

  it('filters by account and deal', async () => {
    const { app, companyId, line } = await startInvoicingApp();
    const deal = await app.call('deals.create', {
      title: 'Audit',
      companyId,
      lineItems: [{ description: 'Audit', quantity: '1', unitPriceMinor: 5_000 }],
    });
    const { accountId } = await app.call('deals.win', { id: deal.id });
    const fromDeal = await app.call('invoices.createFromDeal', { dealId: deal.id });
    const loose = await app.call('invoices.create', { lines: [line()] });
    const ids = async (input: InvoiceListInput) =>
      (await app.call('invoices.list', input)).rows.map((row) => row.id);
    expect(await ids({ dealId: deal.id })).toEqual([fromDeal.id]);
    expect(await ids({ accountId: accountId as number })).toEqual([fromDeal.id]);
    expect((await ids({ sort: 'total' })).length).toBe(2);
    expect(await ids({ query: 'nothing like it' })).toEqual([]);
    expect(loose.accountId).toBeNull();
  });

  it('finds invoices by number or by the customer’s name as people type it, without accents', async () => {
    const { ids, idsOf } = await invoiceBook();
    expect(await idsOf({ query: 'inv-2026-000', sort: 'number', direction: 'asc' })).toEqual([
      ids.open,
      ids.overdue,
      ids.partlyPaid,
      ids.paid,
      ids.void,
      ids.dollars,
    ]);
    expect(await idsOf({ query: 'zoe' })).toEqual([ids.dollars]);
    expect((await idsOf({ query: 'aeroskobing' })).length).toBe(6);
    expect(await idsOf({ query: '100%' })).toEqual([]);
    expect(await idsOf({ query: 'ZOË  indus' })).toEqual([ids.dollars]);
    expect(await idsOf({ query: 'ind zo' })).toEqual([ids.dollars]);
    expect((await idsOf({ query: 'ps' })).length).toBe(6);
    expect(await idsOf({ query: 'shipping 0002' })).toEqual([ids.overdue]);
  });

  it('sorts by every column and pages with the total of all matches', async () => {
    const { ids, list, idsOf } = await invoiceBook();
    expect(await idsOf({ sort: 'total', direction: 'desc' })).toEqual([
      ids.dollars,
      ids.void,
      ids.paid,
      ids.partlyPaid,
      ids.overdue,
      ids.open,
      ids.draft,
    ]);
    expect((await idsOf({ sort: 'balance', direction: 'asc' }))[0]).toBe(ids.paid);
    expect((await idsOf({ sort: 'customer', direction: 'desc' }))[0]).toBe(ids.dollars);
    expect((await idsOf({ sort: 'number', direction: 'desc' })).at(-1)).toBe(ids.draft);
    const page = await list({ sort: 'issueDate', direction: 'desc', offset: 2, limit: 2 });
    expect(page.total).toBe(7);
    expect(page.rows.map((row) => row.id)).toEqual([ids.dollars, ids.overdue]);
  });

  it('totals every match per currency, without drafts and void invoices', async () => {
    const { list } = await invoiceBook();
    expect((await list({ limit: 1 })).totals).toEqual([
      {
        currency: 'EUR',
        count: 4,
        totalMinor: 23_800 + 35_700 + 47_600 + 59_500,
        balanceMinor: 23_800 + 35_700 + 37_600,
      },
      { currency: 'USD', count: 1, totalMinor: 83_300, balanceMinor: 83_300 },
    ]);
    expect((await list({ status: 'overdue' })).totals).toEqual([
      { currency: 'EUR', count: 2, totalMinor: 35_700 + 47_600, balanceMinor: 35_700 + 37_600 },
    ]);
  });

  it('totals a date range from whole months and the partly covered ones at its edges alike', async () => {
    const { list } = await invoiceBook();
    const expected = [
      { currency: 'EUR', count: 2, totalMinor: 35_700 + 47_600, balanceMinor: 35_700 + 37_600 },
      { currency: 'USD', count: 1, totalMinor: 83_300, balanceMinor: 83_300 },
    ];
    expect(await list({ issuedFrom: '2026-08-15', issuedTo: '2026-11-20' })).toMatchObject({
      total: 3,
      totals: expected,
    });
    expect(await list({ issuedFrom: '2026-09-01', issuedTo: '2026-11-30', status: 'open' })).toMatchObject({
      total: 4,
      totals: [
        { currency: 'EUR', count: 3 },
        { currency: 'USD', count: 1 },
      ],
    });
    expect(await list({ issuedFrom: '2026-11-21' })).toMatchObject({
      total: 2,
      totals: [{ currency: 'EUR', count: 1 }],
    });
    expect(await list({ issuedTo: '2026-07-31', status: 'void' })).toMatchObject({ total: 1, totals: [] });
  });

  it('keeps the stored totals per month, status and currency equal to the invoices themselves', async () => {
    const { app, ids } = await invoiceBook();
    await app.call('invoices.update', { id: ids.draft, changes: { issueDate: '2026-06-30' } });
    const other = await app.call('invoices.create', {});
    await app.call('invoices.delete', { id: other.id });
    const payments = (await app.call('invoices.get', { id: ids.paid })).payments;
    await app.call('invoices.deletePayment', { paymentId: payments[0]?.id as number, reason: 'Bounced' });
    const stored = app.workspace.sqlite
      .prepare(
        `SELECT month, status, currency, invoice_count, total_minor, paid_minor FROM invoice_totals
         WHERE invoice_count > 0 ORDER BY month, status, currency`,
      )
      .all();
    const counted = app.workspace.sqlite
      .prepare(
        `SELECT substr(issue_date, 1, 7) AS month, status, currency, count(*) AS invoice_count,
           sum(total_minor) AS total_minor, sum(paid_minor) AS paid_minor
         FROM invoices GROUP BY month, status, currency ORDER BY month, status, currency`,
      )
      .all();
    expect(stored).toEqual(counted);
  });

  it('sums up overdue balances and drafts for the sidebar', async () => {
    const { app } = await invoiceBook();
    expect(await app.call('invoices.summary', {})).toEqual({
      overdueCount: 2,
      overdueBalance: [{ currency: 'EUR', minor: 35_700 + 37_600 }],
      draftCount: 1,
    });
  });
});
