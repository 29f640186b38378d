import type { DocumentParty } from '../../shared/invoice-document';
import { invoiceTotals } from '../../shared/invoice-totals';
import { formatDocumentNumber } from '../../shared/numbering';
import type { WorkspaceProfile } from '../../shared/profile';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { Sqlite } from '../db/connection';
import { type FakeInvoice, fakeInvoice } from './fake-invoice';
import { dayMs, isoAt, isoDay } from './fake-parts';
import type { Random } from './random';
import type { PlannedDeal } from './seed-deals';
import type { SeededPeople } from './seed-people';

/** A believable seller, used only when the workspace has not been given its own. */
const demoSeller: Omit<WorkspaceProfile, 'locale' | 'baseCurrency'> = {
  legalName: 'Lumenbase Demo Consulting',
  address: {
    line1: 'Torstraße 109',
    line2: '',
    city: 'Berlin',
    postalCode: '10119',
    region: '',
    country: 'DE',
  },
  taxId: 'DE123456789',
  email: 'billing@demo-consulting.example',
  phone: '+49 30 1234567',
  bankDetails: 'IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX',
};

const sellerOf = (sqlite: Sqlite): DocumentParty & { bankDetails: string } => {
  const stored = JSON.parse(
    sqlite.prepare(`SELECT value FROM settings WHERE key = 'profile'`).pluck().get() as string,
  ) as WorkspaceProfile;
  const profile = stored.legalName === '' ? { ...stored, ...demoSeller } : stored;
  if (stored.legalName === '')
    sqlite.prepare(`UPDATE settings SET value = ? WHERE key = 'profile'`).run(JSON.stringify(profile));
  const { legalName, address, taxId, email, phone, bankDetails } = profile;
  return { name: legalName, address, taxId, email, phone, bankDetails };
};

const ratesOf = (sqlite: Sqlite) => {
  const rows = sqlite
    .prepare('SELECT id, name, kind, components, note, is_default FROM tax_rates WHERE archived_at IS NULL')
    .all() as (Omit<NamedTaxRate, 'components'> & { components: string; is_default: number })[];
  const named = rows.map(({ is_default: _, ...row }) => ({ ...row, components: JSON.parse(row.components) }));
  const find = (test: (row: (typeof rows)[number]) => boolean) => named[rows.findIndex(test)] ?? named[0];
  const fallback = find((row) => row.is_default === 1);
  if (!fallback) throw new Error('Seeding invoices needs at least one tax rate');
  return {
    default: fallback,
    reduced: find((row) => row.kind === 'standard' && row.is_default === 0) ?? fallback,
    reverse_charge: find((row) => row.kind === 'reverse_charge') ?? fallback,
  } satisfies Record<FakeInvoice['rate'], NamedTaxRate | undefined>;
};

const statements = (sqlite: Sqlite) => ({
  invoice: sqlite.prepare(
    `INSERT INTO invoices (company_id, account_id, deal_id, template_id, customer_name, issue_date, terms_days,
       due_date, currency, terms, tax_rates, net_minor, tax_minor, total_minor, created_at, updated_at)
     VALUES (@company, @account, @deal, @template, @customer, @issue, @days, @due, @currency, @terms, @rates,
       @net, @tax, @total, @at, @at)`,
  ),
  line: sqlite.prepare(
    `INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_minor, tax_rate_id, net_minor)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  recipient: sqlite.prepare(
    'INSERT INTO invoice_recipients (invoice_id, contact_id, position) VALUES (?, ?, ?)',
  ),
  issue: sqlite.prepare(
    `UPDATE invoices SET status = 'issued', series_id = @series, number = @number, sequence_period = @period,
       sequence_value = @value, seller = @seller, buyer = @buyer, issued_at = @at, updated_at = @at WHERE id = @id`,
  ),
  payment: sqlite.prepare(
    `INSERT INTO payments (invoice_id, paid_on, amount_minor, method, created_at) VALUES (?, ?, ?, ?, ?)`,
  ),
  paid: sqlite.prepare('UPDATE invoices SET paid_minor = ?, status = ?, updated_at = ? WHERE id = ?'),
  void: sqlite.prepare(
    `UPDATE invoices SET status = 'void', voided_at = ?, void_reason = 'Issued to the wrong entity', updated_at = ? WHERE id = ?`,
  ),
  event: sqlite.prepare(
    'INSERT INTO invoice_events (invoice_id, kind, detail, occurred_at) VALUES (?, ?, ?, ?)',
  ),
  counter: sqlite.prepare(
    `INSERT INTO number_counters (series_id, period, next_value) VALUES (?, ?, ?)
     ON CONFLICT (series_id, period) DO UPDATE SET next_value = excluded.next_value`,
  ),
});

/**
 * Invoices on won deals' accounts, in order of issue, numbered without gaps from the default series as
 * the app would; drafts, open, overdue, partly and fully paid and void ones in believable shares.
 */
export const insertInvoices = (
  sqlite: Sqlite,
  random: Random,
  {
    count,
    nowMs,
    deals,
    people,
  }: { count: number; nowMs: number; deals: readonly PlannedDeal[]; people: SeededPeople },
): number => {
  const billable = deals.filter(
    (deal) => deal.accountId !== null && deal.companyId !== null && deal.closedMs,
  );
  if (count === 0 || billable.length === 0) return 0;
  const fakes = Array.from({ length: count }, () => fakeInvoice(random, random.pick(billable), nowMs)).sort(
    (a, b) => a.issueMs - b.issueMs,
  );
  const seller = JSON.stringify(sellerOf(sqlite));
  const rates = ratesOf(sqlite);
  const series = sqlite
    .prepare(
      `SELECT id, pattern, yearly_reset FROM number_series WHERE document_kind = 'invoice' AND is_default = 1`,
    )
    .get() as { id: number; pattern: string; yearly_reset: number };
  const template = sqlite.prepare('SELECT id, terms FROM invoice_templates WHERE is_default = 1').get() as
    | { id: number; terms: string }
    | undefined;
  const counters = new Map(
    (
      sqlite.prepare('SELECT period, next_value FROM number_counters WHERE series_id = ?').all(series.id) as {
        period: string;
        next_value: number;
      }[]
    ).map((row) => [row.period, row.next_value]),
  );
  const run = statements(sqlite);

  for (const fake of fakes) {
    const { deal } = fake;
    const company = people.companyById.get(deal.companyId as number)?.fake;
    const rate = rates[fake.rate];
    const lines = fake.lines.map((line) => ({
      ...line,
      discountPercent: null,
      discountMinor: null,
      taxRateId: rate.id,
    }));
    const content = {
      currency: deal.currency,
      rounding: 'half-up',
      priceMode: 'net',
      discountPercent: null,
      discountMinor: null,
      lines,
    } as const;
    const totals = invoiceTotals(content, [rate]);
    const issue = isoDay(fake.issueMs);
    const at = isoAt(fake.issueMs);
    const id = Number(
      run.invoice.run({
        company: deal.companyId,
        account: deal.accountId,
        deal: deal.id,
        template: template?.id ?? null,
        customer: company?.name ?? '',
        issue,
        days: fake.termsDays,
        due: isoDay(fake.issueMs + fake.termsDays * dayMs),
        currency: deal.currency,
        terms: template?.terms ?? '',
        rates: JSON.stringify([rate]),
        net: totals.netMinor,
        tax: totals.taxMinor,
        total: totals.totalMinor,
        at,
      }).lastInsertRowid,
    );
    run.event.run(id, 'created', JSON.stringify({ from: 'deal', dealId: deal.id }), at);
    lines.forEach((line, position) =>
      run.line.run(
        id,
        position,
        line.description,
        line.quantity,
        line.unitPriceMinor,
        rate.id,
        totals.lines[position]?.netMinor ?? 0,
      ),
    );
    const attention = deal.contactIds
      .map((contactId) => people.contactById.get(contactId))
      .filter((c) => c !== undefined);
    attention.forEach((contact, position) => run.recipient.run(id, contact.id, position));
    if (fake.status === 'draft') continue;

    const period = series.yearly_reset ? issue.slice(0, 4) : '';
    const value = counters.get(period) ?? 1;
    counters.set(period, value + 1);
    const number = formatDocumentNumber(series.pattern, issue, value);
    const buyer: DocumentParty & { attention: string[] } = {
      name: company?.name ?? '',
      address: company?.address ?? {
        line1: '',
        line2: '',
        city: '',
        postalCode: '',
        region: '',
        country: '',
      },
      taxId: company?.taxId ?? '',
      email: company?.email ?? '',
      phone: company?.phone ?? '',
      attention: attention.map((contact) => `${contact.firstName} ${contact.lastName}`.trim()),
    };
    run.issue.run({ id, series: series.id, number, period, value, seller, buyer: JSON.stringify(buyer), at });
    run.event.run(id, 'issued', JSON.stringify({ number }), at);
    if (fake.status === 'void') {
      const voidAt = isoAt(fake.issueMs + dayMs);
      run.void.run(voidAt, voidAt, id);
      run.event.run(id, 'voided', JSON.stringify({ reason: 'Issued to the wrong entity' }), voidAt);
      continue;
    }
    let paid = 0;
    for (const payment of fake.payments) {
      const amount = Math.floor((totals.totalMinor * payment.percent) / 100);
      if (amount <= 0 || paid + amount > totals.totalMinor) continue;
      const paidAt = isoAt(Math.min(payment.paidMs, nowMs));
      run.payment.run(id, paidAt.slice(0, 10), amount, payment.method, paidAt);
      run.event.run(
        id,
        'payment_recorded',
        JSON.stringify({ amountMinor: amount, method: payment.method }),
        paidAt,
      );
      paid += amount;
      run.paid.run(paid, paid === totals.totalMinor ? 'paid' : 'partially_paid', paidAt, id);
    }
  }
  for (const [period, next] of counters) run.counter.run(series.id, period, next);
  return fakes.length;
};
