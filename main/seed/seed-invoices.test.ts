import { describe, expect, it } from 'vitest';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { NamedTaxRate } from '../../shared/tax-rates';
import { startTestApp, type TestApp } from '../test-support';
import { seedWorkspace } from './seed-workspace';

const now = new Date('2026-11-24T09:00:00.000Z');

const rows = <T>(app: TestApp, sql: string) => app.workspace.sqlite.prepare(sql).all() as T[];

const seeded = async () => {
  const app = await startTestApp();
  const result = await seedWorkspace(app.workspace, { contacts: 3000, now, seed: 7 });
  return { app, result };
};

// Each test seeds a 3,000-contact workspace: about a second alone, more on a loaded CI machine.
describe('seeding invoices', { timeout: 30_000 }, () => {
  it('bills won deals’ accounts in every status, with a catalog to pick from', async () => {
    const { app, result } = await seeded();
    expect(result.invoices).toBe(180);
    expect(result.catalogItems).toBe(10);
    const statuses = rows<{ status: string }>(app, 'SELECT DISTINCT status FROM invoices').map(
      (row) => row.status,
    );
    expect(statuses.sort()).toEqual(['draft', 'issued', 'paid', 'partially_paid', 'void']);
    const overdue = rows(
      app,
      `SELECT id FROM invoices WHERE status IN ('issued', 'partially_paid') AND due_date < '2026-11-24'`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    const unbilled = rows(
      app,
      `SELECT i.id FROM invoices i JOIN deals d ON d.id = i.deal_id
       WHERE d.account_id IS NOT i.account_id OR d.company_id IS NOT i.company_id OR i.issue_date < substr(d.closed_at, 1, 10)`,
    );
    expect(unbilled).toEqual([]);
    expect(rows(app, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it('numbers issued invoices 1..N per year with no gap, and leaves drafts unnumbered', async () => {
    const { app } = await seeded();
    const years = rows<{ period: string; n: number; low: number; high: number; numbers: number }>(
      app,
      `SELECT sequence_period AS period, count(*) AS n, min(sequence_value) AS low, max(sequence_value) AS high,
         count(DISTINCT number) AS numbers FROM invoices WHERE status <> 'draft' GROUP BY sequence_period`,
    );
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) expect(year).toMatchObject({ low: 1, high: year.n, numbers: year.n });
    const counters = rows<{ period: string; next_value: number }>(
      app,
      'SELECT period, next_value FROM number_counters',
    );
    expect(Object.fromEntries(counters.map((row) => [row.period, row.next_value]))).toEqual(
      Object.fromEntries(years.map((year) => [year.period, year.n + 1])),
    );
    expect(rows(app, `SELECT id FROM invoices WHERE status = 'draft' AND number IS NOT NULL`)).toEqual([]);
  });

  it('keeps totals, payments and status consistent, as the invoice service would', async () => {
    const { app } = await seeded();
    const invoices = rows<{
      id: number;
      currency: string;
      tax_rates: string;
      total_minor: number;
      paid_minor: number;
      status: string;
    }>(app, 'SELECT id, currency, tax_rates, total_minor, paid_minor, status FROM invoices');
    for (const invoice of invoices) {
      const lines = rows<{ quantity: string; unit_price_minor: number; tax_rate_id: number }>(
        app,
        `SELECT quantity, unit_price_minor, tax_rate_id FROM invoice_lines WHERE invoice_id = ${invoice.id} ORDER BY position`,
      );
      const totals = invoiceTotals(
        {
          currency: invoice.currency,
          rounding: 'half-up',
          priceMode: 'net',
          discountPercent: null,
          discountMinor: null,
          lines: lines.map((line) => ({
            quantity: line.quantity,
            unitPriceMinor: line.unit_price_minor,
            discountPercent: null,
            discountMinor: null,
            taxRateId: line.tax_rate_id,
          })),
        },
        JSON.parse(invoice.tax_rates) as NamedTaxRate[],
      );
      expect(totals.totalMinor).toBe(invoice.total_minor);
      const [paid] = rows<{ sum: number }>(
        app,
        `SELECT coalesce(sum(amount_minor), 0) AS sum FROM payments WHERE invoice_id = ${invoice.id} AND deleted_at IS NULL`,
      );
      expect(paid?.sum).toBe(invoice.paid_minor);
      const expected =
        invoice.status === 'draft' || invoice.status === 'void'
          ? invoice.status
          : invoice.paid_minor === 0
            ? 'issued'
            : invoice.paid_minor === invoice.total_minor
              ? 'paid'
              : 'partially_paid';
      expect(invoice.status).toBe(expected);
    }
  });
});
