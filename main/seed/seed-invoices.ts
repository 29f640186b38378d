import { emptyAddress } from '../../shared/fields';
import { invoiceTotals } from '../../shared/invoice-totals';
import { formatDocumentNumber } from '../../shared/numbering';
import type { WorkspaceProfile } from '../../shared/profile';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { Sqlite } from '../db/connection';
import { type Buyer, sellerOf } from '../invoices/parties';
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

/** The workspace's profile, given the demo seller's details first when it has none of its own. */
const seededProfile = (sqlite: Sqlite): WorkspaceProfile => {
  const stored = JSON.parse(
    sqlite.prepare(`SELECT value FROM settings WHERE key = 'profile'`).pluck().get() as string,
  ) as WorkspaceProfile;
  if (stored.legalName !== '') return stored;
  const profile = { ...stored, ...demoSeller };
  sqlite.prepare(`UPDATE settings SET value = ? WHERE key = 'profile'`).run(JSON.stringify(profile));
  return profile;
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

interface Setup {
  run: ReturnType<typeof statements>;
  seller: string;
  rates: ReturnType<typeof ratesOf>;
  series: { id: number; pattern: string; yearly_reset: number };
  template: { id: number; terms: string } | undefined;
  /** The next number per period, raised as invoices are issued and written back at the end. */
  counters: Map<string, number>;
  people: SeededPeople;
  nowMs: number;
}

const setupOf = (sqlite: Sqlite, people: SeededPeople, nowMs: number): Setup => {
  const series = sqlite
    .prepare(
      `SELECT id, pattern, yearly_reset FROM number_series WHERE document_kind = 'invoice' AND is_default = 1`,
    )
    .get() as Setup['series'];
  const counters = sqlite
    .prepare('SELECT period, next_value FROM number_counters WHERE series_id = ?')
    .all(series.id) as { period: string; next_value: number }[];
  return {
    run: statements(sqlite),
    seller: JSON.stringify(sellerOf(seededProfile(sqlite))),
    rates: ratesOf(sqlite),
    series,
    template: sqlite
      .prepare('SELECT id, terms FROM invoice_templates WHERE is_default = 1')
      .get() as Setup['template'],
    counters: new Map(counters.map((row) => [row.period, row.next_value])),
    people,
    nowMs,
  };
};

/** The draft as the app saves it: totals from the one calculation, the rate used snapshotted. */
const insertDraft = ({ run, rates, template, people }: Setup, fake: FakeInvoice) => {
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
  const at = isoAt(fake.issueMs);
  const id = Number(
    run.invoice.run({
      company: deal.companyId,
      account: deal.accountId,
      deal: deal.id,
      template: template?.id ?? null,
      customer: company?.name ?? '',
      issue: isoDay(fake.issueMs),
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
  for (const [position, line] of lines.entries()) {
    const net = totals.lines[position]?.netMinor ?? 0;
    run.line.run(id, position, line.description, line.quantity, line.unitPriceMinor, rate.id, net);
  }
  const attention = deal.contactIds.flatMap((contactId) => people.contactById.get(contactId) ?? []);
  for (const [position, contact] of attention.entries()) run.recipient.run(id, contact.id, position);
  const buyer: Buyer = {
    name: company?.name ?? '',
    address: company?.address ?? emptyAddress,
    taxId: company?.taxId ?? '',
    email: company?.email ?? '',
    phone: company?.phone ?? '',
    attention: attention.map((contact) => `${contact.firstName} ${contact.lastName}`.trim()),
  };
  return { id, totalMinor: totals.totalMinor, buyer };
};

const issueSeeded = (
  { run, series, counters, seller }: Setup,
  id: number,
  fake: FakeInvoice,
  buyer: Buyer,
) => {
  const issue = isoDay(fake.issueMs);
  const at = isoAt(fake.issueMs);
  const period = series.yearly_reset ? issue.slice(0, 4) : '';
  const value = counters.get(period) ?? 1;
  counters.set(period, value + 1);
  const number = formatDocumentNumber(series.pattern, issue, value);
  run.issue.run({ id, series: series.id, number, period, value, seller, buyer: JSON.stringify(buyer), at });
  run.event.run(id, 'issued', JSON.stringify({ number }), at);
};

const settle = ({ run, nowMs }: Setup, id: number, fake: FakeInvoice, totalMinor: number) => {
  if (fake.status === 'void') {
    const voidAt = isoAt(fake.issueMs + dayMs);
    run.void.run(voidAt, voidAt, id);
    run.event.run(id, 'voided', JSON.stringify({ reason: 'Issued to the wrong entity' }), voidAt);
    return;
  }
  let paid = 0;
  for (const payment of fake.payments) {
    const amount = Math.floor((totalMinor * payment.percent) / 100);
    if (amount <= 0 || paid + amount > totalMinor) continue;
    const paidAt = isoAt(Math.min(payment.paidMs, nowMs));
    run.payment.run(id, paidAt.slice(0, 10), amount, payment.method, paidAt);
    const detail = JSON.stringify({ amountMinor: amount, method: payment.method });
    run.event.run(id, 'payment_recorded', detail, paidAt);
    paid += amount;
    run.paid.run(paid, paid === totalMinor ? 'paid' : 'partially_paid', paidAt, id);
  }
};

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
  const setup = setupOf(sqlite, people, nowMs);
  for (const fake of fakes) {
    const { id, totalMinor, buyer } = insertDraft(setup, fake);
    if (fake.status === 'draft') continue;
    issueSeeded(setup, id, fake, buyer);
    settle(setup, id, fake, totalMinor);
  }
  for (const [period, next] of setup.counters) setup.run.counter.run(setup.series.id, period, next);
  return fakes.length;
};
