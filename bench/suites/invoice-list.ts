import type { Sqlite } from '../../main/db/connection';
import { createRandom, type Random } from '../../main/seed/random';
import { addDays } from '../../shared/invoice-dates';
import type { InvoiceListInput } from '../../shared/invoices';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const invoicesWanted = 100_000;
const pageGoalMs = 10;
const warmUp = 10;
const measured = 200;
const pageSize = 100;

const currencies = ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'USD', 'GBP'];

/** Old invoices are mostly settled, recent ones mostly open, a few late: about 3% end up overdue. */
const statusFor = (random: Random, ageDays: number) => {
  const [draft, open, partly, voided] =
    ageDays <= 30 ? [0.1, 0.5, 0.1, 0.01] : ageDays <= 120 ? [0, 0.1, 0.06, 0.02] : [0, 0.015, 0.01, 0.02];
  const roll = random.next();
  if (roll < draft) return 'draft';
  if (roll < draft + open) return 'issued';
  if (roll < draft + open + partly) return 'partially_paid';
  if (roll < draft + open + partly + voided) return 'void';
  return 'paid';
};

/**
 * Tops the workspace up to 100k invoices over three years with direct inserts in one transaction: the
 * list reads only the invoice rows, so these carry no lines. Their numbers use their own prefix, so they
 * never meet the numbers the seeded invoices took from the series.
 */
const seedInvoices = (sqlite: Sqlite, random: Random, today: string) => {
  const existing = sqlite.prepare('SELECT count(*) FROM invoices').pluck().get() as number;
  const companies = sqlite
    .prepare(
      'SELECT c.id, c.name, a.id AS account FROM companies c LEFT JOIN accounts a ON a.company_id = c.id',
    )
    .all() as { id: number; name: string; account: number | null }[];
  const count = Math.max(0, invoicesWanted - existing);
  const ages = Array.from({ length: count }, () => random.int(0, 3 * 365)).sort((a, b) => b - a);
  const insert = sqlite.prepare(
    `INSERT INTO invoices (status, number, sequence_period, sequence_value, company_id, account_id, customer_name,
       issue_date, terms_days, due_date, currency, net_minor, tax_minor, total_minor, paid_minor, issued_at,
       created_at, updated_at)
     VALUES (@status, @number, @period, @value, @company, @account, @customer, @issue, 14, @due, @currency,
       @net, @tax, @total, @paid, @at, @at, @at)`,
  );
  const sequences = new Map<string, number>();
  sqlite.transaction(() => {
    for (const age of ages) {
      const issue = addDays(today, -age);
      const company = random.pick(companies);
      const status = statusFor(random, age);
      const net = random.int(5, 2_000) * 1_000;
      const tax = Math.round(net * 0.19);
      const year = issue.slice(0, 4);
      const value = status === 'draft' ? null : (sequences.get(year) ?? 0) + 1;
      if (value !== null) sequences.set(year, value);
      const paid =
        status === 'paid' ? net + tax : status === 'partially_paid' ? Math.floor((net + tax) / 2) : 0;
      insert.run({
        status,
        number: value === null ? null : `B-${year}-${String(value).padStart(6, '0')}`,
        period: value === null ? null : year,
        value,
        company: company.id,
        account: company.account,
        customer: company.name,
        issue,
        due: addDays(issue, 14),
        currency: random.pick(currencies),
        net,
        tax,
        total: net + tax,
        paid,
        at: `${issue}T09:00:00.000Z`,
      });
    }
  })();
  return { companies, total: existing + count };
};

/** The invoices list as people use it: first pages, scrolling, the overdue view, an account, searches. */
export const invoiceListSuite: Suite = {
  name: 'invoice list',
  run: async (ctx) => {
    const random = createRandom(7, 'bench-invoice-list');
    const today = new Date().toISOString().slice(0, 10);
    const { companies, total } = seedInvoices(ctx.app.workspace.sqlite, random, today);
    ctx.progress(`invoice list: ${total} invoices`);
    const withAccount = companies.filter((company) => company.account !== null);
    const inputs = (make: () => InvoiceListInput) => Array.from({ length: warmUp + measured }, make);
    const views: { name: string; note: string; inputs: InvoiceListInput[] }[] = [
      { name: 'first-page', note: 'newest first, first page', inputs: inputs(() => ({ limit: pageSize })) },
      {
        name: 'scrolled',
        note: 'newest first, random pages',
        inputs: inputs(() => ({ limit: pageSize, offset: random.int(0, total - pageSize) })),
      },
      {
        name: 'overdue',
        note: 'overdue, oldest due first',
        inputs: inputs(() => ({ status: 'overdue', sort: 'dueDate', direction: 'asc', limit: pageSize })),
      },
      {
        name: 'open-by-balance',
        note: 'open, largest balance first',
        inputs: inputs(() => ({ status: 'open', sort: 'balance', limit: pageSize })),
      },
      {
        name: 'account',
        note: 'one account’s invoices',
        inputs: inputs(() => ({ accountId: random.pick(withAccount).account as number, limit: pageSize })),
      },
      {
        name: 'search',
        note: 'search by part of a customer’s name',
        inputs: inputs(() => ({ query: random.pick(companies).name.slice(0, 5), limit: pageSize })),
      },
      {
        name: 'search-number',
        note: 'search by part of a number',
        inputs: inputs(() => ({
          query: `-${random.int(2024, 2026)}-00${random.int(10, 99)}`,
          limit: pageSize,
        })),
      },
      {
        name: 'year',
        note: 'one year, oldest first',
        inputs: inputs(() => ({
          issuedFrom: '2025-01-01',
          issuedTo: '2025-12-31',
          sort: 'issueDate',
          direction: 'asc',
          limit: pageSize,
        })),
      },
    ];
    for (const view of views) {
      const samples = await timeEach(view.inputs, (input) => call(ctx.app, 'invoices.list', input), warmUp);
      recordLatency(ctx.figures, `invoices.list.${view.name}`, samples, {
        goal: pageGoalMs,
        note: (count) =>
          `invoices.list, ${view.note}, ${count} pages of ${pageSize} with totals over ${total}`,
      });
    }
    const summary = await timeEach(
      inputs(() => ({})),
      () => call(ctx.app, 'invoices.summary', {}),
      warmUp,
    );
    recordLatency(ctx.figures, 'invoices.summary', summary, {
      goal: pageGoalMs,
      note: (count) => `invoices.summary (sidebar badge), ${count} calls`,
    });
  },
};
