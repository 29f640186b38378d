import type { Kysely, Selectable } from 'kysely';
import { daysBetween } from '../../shared/invoice-dates';
import { invoiceTotals } from '../../shared/invoice-totals';
import type { DraftContent, Invoice, InvoiceLine, InvoiceRow, Payment } from '../../shared/invoices';
import type { NamedTaxRate } from '../../shared/tax-rates';
import type { InvoiceLinesTable, InvoicesTable } from '../db/invoicing-schema';
import type { Database } from '../db/schema';
import { notFound } from '../ipc/app-error';
import { loadTaxRates } from '../tax-rates/tax-rates.queries';
import { invoiceEvents } from './audit-log';

export type InvoiceRecord = Selectable<InvoicesTable>;

type Figures = Pick<
  InvoiceRecord,
  'kind' | 'status' | 'due_date' | 'total_minor' | 'paid_minor' | 'credited_minor'
>;

/** What is still owed; a credit note owes nothing. */
export const balanceOf = (row: Figures) =>
  row.kind === 'credit_note' ? 0 : row.total_minor - row.paid_minor - row.credited_minor;

/** Status follows the money: nothing settled is issued, some is partially paid, all is paid. */
export const settledStatus = (row: Pick<InvoiceRecord, 'total_minor' | 'paid_minor' | 'credited_minor'>) => {
  const settled = row.paid_minor + row.credited_minor;
  return settled === 0 ? 'issued' : settled >= row.total_minor ? 'paid' : 'partially_paid';
};

/** Overdue is worked out on every read from today's date, never stored, so it can never be stale. */
export const daysOverdue = (row: Figures, today: string): number =>
  (row.status === 'issued' || row.status === 'partially_paid') && row.due_date < today && balanceOf(row) > 0
    ? daysBetween(row.due_date, today)
    : 0;

type RowColumns = Figures &
  Pick<
    InvoiceRecord,
    'id' | 'number' | 'customer_name' | 'company_id' | 'account_id' | 'issue_date' | 'currency'
  >;

export const invoiceRowColumns = [
  'id',
  'kind',
  'number',
  'status',
  'customer_name',
  'company_id',
  'account_id',
  'issue_date',
  'due_date',
  'currency',
  'total_minor',
  'paid_minor',
  'credited_minor',
] as const;

export const toInvoiceRow = (row: RowColumns, today: string): InvoiceRow => {
  const late = daysOverdue(row, today);
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    status: row.status,
    overdue: late > 0,
    daysOverdue: late,
    customerName: row.customer_name,
    companyId: row.company_id,
    accountId: row.account_id,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency,
    totalMinor: row.total_minor,
    paidMinor: row.paid_minor,
    creditedMinor: row.credited_minor,
    balanceMinor: balanceOf(row),
  };
};

export const loadInvoiceRecord = async (db: Kysely<Database>, id: number): Promise<InvoiceRecord> => {
  const row = await db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Invoice', id);
  return row;
};

/** How an invoice is named in messages: its number once it has one. */
export const invoiceLabel = (row: Pick<InvoiceRecord, 'number' | 'id'>) => row.number ?? `Draft ${row.id}`;

/** A stored line as the app speaks of it; estimate lines have the same columns. */
type LineColumns = Pick<
  Selectable<InvoiceLinesTable>,
  | 'id'
  | 'catalog_item_id'
  | 'description'
  | 'quantity'
  | 'unit'
  | 'unit_price_minor'
  | 'discount_percent'
  | 'discount_minor'
  | 'tax_rate_id'
  | 'net_minor'
>;

export const lineOf = (row: LineColumns): InvoiceLine => ({
  id: row.id,
  catalogItemId: row.catalog_item_id,
  description: row.description,
  quantity: row.quantity,
  unit: row.unit,
  unitPriceMinor: row.unit_price_minor,
  discountPercent: row.discount_percent,
  discountMinor: row.discount_minor,
  taxRateId: row.tax_rate_id,
  netMinor: row.net_minor,
});

export const loadLines = async (db: Kysely<Database>, invoiceId: number): Promise<InvoiceLine[]> => {
  const rows = await db
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('position')
    .execute();
  return rows.map(lineOf);
};

export const loadRecipientIds = async (db: Kysely<Database>, invoiceId: number): Promise<number[]> =>
  (
    await db
      .selectFrom('invoice_recipients')
      .select('contact_id')
      .where('invoice_id', '=', invoiceId)
      .orderBy('position')
      .execute()
  ).map((row) => row.contact_id);

type DocumentColumns = Pick<
  InvoiceRecord,
  | 'company_id'
  | 'deal_id'
  | 'account_id'
  | 'template_id'
  | 'issue_date'
  | 'currency'
  | 'price_mode'
  | 'rounding'
  | 'discount_percent'
  | 'discount_minor'
  | 'notes'
  | 'terms'
  | 'footer'
>;

/** What an invoice and an estimate row both say, as the app speaks of it; each adds its own dates. */
export const documentContentFrom = (row: DocumentColumns, lines: InvoiceLine[], contactIds: number[]) => ({
  companyId: row.company_id,
  contactIds,
  dealId: row.deal_id,
  accountId: row.account_id,
  templateId: row.template_id,
  issueDate: row.issue_date,
  currency: row.currency,
  priceMode: row.price_mode,
  rounding: row.rounding,
  discountPercent: row.discount_percent,
  discountMinor: row.discount_minor,
  notes: row.notes,
  terms: row.terms,
  footer: row.footer,
  lines: lines.map(({ id: _id, netMinor: _net, ...line }) => line),
});

export const contentFrom = (
  row: InvoiceRecord,
  lines: InvoiceLine[],
  contactIds: number[],
): DraftContent => ({
  ...documentContentFrom(row, lines, contactIds),
  paymentTerms: row.payment_terms,
  termsDays: row.terms_days,
  supplyDate: row.supply_date,
});

/** A draft's content as it is stored, the starting point of every change to it. */
export const storedContent = async (db: Kysely<Database>, row: InvoiceRecord): Promise<DraftContent> =>
  contentFrom(row, await loadLines(db, row.id), await loadRecipientIds(db, row.id));

/** The named rates an invoice prints with: the live ones while a draft, the frozen snapshot once issued. */
export const ratesOf = async (
  db: Kysely<Database>,
  row: Pick<InvoiceRecord, 'status' | 'tax_rates'>,
  lines: readonly { taxRateId: number }[],
): Promise<NamedTaxRate[]> =>
  row.status === 'draft'
    ? loadTaxRates(
        db,
        lines.map((line) => line.taxRateId),
      )
    : (JSON.parse(row.tax_rates) as NamedTaxRate[]);

const loadPayments = async (db: Kysely<Database>, invoiceId: number): Promise<Payment[]> => {
  const rows = await db
    .selectFrom('payments')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('paid_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    paidOn: row.paid_on,
    amountMinor: row.amount_minor,
    method: row.method,
    reference: row.reference,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    deleteReason: row.delete_reason,
  }));
};

export const getInvoice = async (db: Kysely<Database>, id: number, today: string): Promise<Invoice> => {
  const row = await loadInvoiceRecord(db, id);
  const [lines, contactIds, payments, events] = await Promise.all([
    loadLines(db, id),
    loadRecipientIds(db, id),
    loadPayments(db, id),
    invoiceEvents(db, id),
  ]);
  const content = contentFrom(row, lines, contactIds);
  const taxRates = await ratesOf(db, row, lines);
  return {
    ...toInvoiceRow(row, today),
    correctsInvoiceId: row.corrects_invoice_id,
    contactIds,
    dealId: row.deal_id,
    templateId: row.template_id,
    paymentTerms: row.payment_terms,
    termsDays: row.terms_days,
    supplyDate: row.supply_date,
    priceMode: row.price_mode,
    rounding: row.rounding,
    discountPercent: row.discount_percent,
    discountMinor: row.discount_minor,
    notes: row.notes,
    terms: row.terms,
    footer: row.footer,
    lines,
    taxRates,
    totals: invoiceTotals(content, taxRates),
    payments,
    events,
    issuedAt: row.issued_at,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};
