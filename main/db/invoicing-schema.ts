import type { Generated } from 'kysely';
import type { ColumnNullability } from './schema';

/** The invoicing tables of migration 0008; schema.ts merges them into Database. */
export interface InvoicingTables {
  tax_rates: TaxRatesTable;
  catalog_items: CatalogItemsTable;
  invoice_templates: InvoiceTemplatesTable;
  workspace_logo: WorkspaceLogoTable;
  number_series: NumberSeriesTable;
  number_counters: NumberCountersTable;
  invoices: InvoicesTable;
  invoice_totals: InvoiceTotalsTable;
  invoice_recipients: InvoiceRecipientsTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  invoice_events: InvoiceEventsTable;
}

interface Timestamps {
  created_at: string;
  updated_at: string;
}

interface Archivable extends Timestamps {
  archived_at: string | null;
}

export type TaxKind = 'standard' | 'exempt' | 'reverse_charge';

export interface TaxRatesTable extends Archivable {
  id: Generated<number>;
  name: string;
  kind: Generated<TaxKind>;
  /** JSON [{name, rate, compound?}]: the parts of one named rate, applied in order. */
  components: string;
  /** The legal wording printed with an exempt or reverse-charge amount. */
  note: Generated<string>;
  is_default: Generated<0 | 1>;
}

export type UnitType = 'hour' | 'day' | 'fixed' | 'month' | 'custom';

export interface CatalogItemsTable extends Archivable {
  id: Generated<number>;
  name: string;
  description: Generated<string>;
  unit_type: UnitType;
  /** The unit's word when unit_type is 'custom'. */
  unit_label: Generated<string>;
  unit_price_minor: number;
  currency: string;
  tax_rate_id: number | null;
}

export interface InvoiceTemplatesTable extends Archivable {
  id: Generated<number>;
  name: string;
  layout: Generated<'classic' | 'compact'>;
  paper: Generated<'A4' | 'Letter'>;
  accent_color: Generated<string>;
  header: Generated<'text' | 'logo'>;
  notes: Generated<string>;
  terms: Generated<string>;
  footer: Generated<string>;
  is_default: Generated<0 | 1>;
}

export interface WorkspaceLogoTable {
  id: number;
  kind: 'png' | 'jpeg';
  bytes: Uint8Array;
  width: number;
  height: number;
  updated_at: string;
}

export type DocumentKind = 'invoice' | 'credit_note' | 'estimate';

export interface NumberSeriesTable extends Timestamps {
  id: Generated<number>;
  document_kind: DocumentKind;
  name: string;
  /** E.g. "INV-{YYYY}-{SEQ:4}". */
  pattern: string;
  yearly_reset: Generated<0 | 1>;
  is_default: Generated<0 | 1>;
}

export interface NumberCountersTable {
  series_id: number;
  /** The year for a yearly series, '' otherwise. */
  period: string;
  next_value: number;
}

export type InvoiceStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
export type PaymentTerms = 'net' | 'end_of_month' | 'on_receipt';

export interface InvoicesTable extends Timestamps {
  id: Generated<number>;
  kind: Generated<'invoice' | 'credit_note'>;
  status: Generated<InvoiceStatus>;
  series_id: number | null;
  number: string | null;
  sequence_period: string | null;
  sequence_value: number | null;
  corrects_invoice_id: number | null;
  company_id: number | null;
  account_id: number | null;
  deal_id: number | null;
  template_id: number | null;
  /** The buyer's name, kept for search and sorting; frozen with the buyer snapshot at issue. */
  customer_name: Generated<string>;
  issue_date: string;
  payment_terms: Generated<PaymentTerms>;
  terms_days: Generated<number>;
  due_date: string;
  supply_date: string | null;
  currency: string;
  rounding: Generated<'half-up' | 'half-even'>;
  price_mode: Generated<'net' | 'gross'>;
  discount_percent: string | null;
  discount_minor: number | null;
  notes: Generated<string>;
  terms: Generated<string>;
  footer: Generated<string>;
  /** JSON snapshot of the named tax rates the lines use, so later edits of a rate never change it. */
  tax_rates: Generated<string>;
  /** JSON snapshots of the parties, taken when issued; null while a draft. */
  seller: string | null;
  buyer: string | null;
  net_minor: Generated<number>;
  tax_minor: Generated<number>;
  total_minor: Generated<number>;
  paid_minor: Generated<number>;
  /** Migration 0010: what credit notes and applied credit settled; the balance is total - paid - credited. */
  credited_minor: Generated<number>;
  issued_at: string | null;
  voided_at: string | null;
  void_reason: Generated<string>;
}

/** Count and sums of the invoices per issue month, status and currency, kept by triggers on invoices. */
export interface InvoiceTotalsTable {
  /** yyyy-mm of the issue date. */
  month: string;
  /** Credit notes count under 'credit_note' (migration 0010): they are listed but owe nothing. */
  status: InvoiceStatus | 'credit_note';
  currency: string;
  invoice_count: number;
  total_minor: number;
  paid_minor: number;
  credited_minor: number;
}

export interface InvoiceRecipientsTable {
  invoice_id: number;
  contact_id: number;
  position: number;
}

export interface InvoiceLinesTable {
  id: Generated<number>;
  invoice_id: number;
  position: number;
  catalog_item_id: number | null;
  description: string;
  quantity: string;
  unit: Generated<string>;
  unit_price_minor: number;
  discount_percent: string | null;
  discount_minor: number | null;
  /** Refers to an entry of the invoice's tax_rates snapshot. */
  tax_rate_id: number;
  net_minor: number;
  /** Migration 0010: on a credit note, the invoice line it takes back and how much of its quantity. */
  credits_line_id: number | null;
  credited_quantity: string | null;
}

export type PaymentMethod = 'bank_transfer' | 'card' | 'cash' | 'other';

export interface PaymentsTable {
  id: Generated<number>;
  invoice_id: number;
  paid_on: string;
  amount_minor: number;
  method: PaymentMethod;
  reference: Generated<string>;
  created_at: string;
  deleted_at: string | null;
  delete_reason: Generated<string>;
}

export interface InvoiceEventsTable {
  id: Generated<number>;
  invoice_id: number;
  kind: string;
  /** JSON object. */
  detail: Generated<string>;
  occurred_at: string;
}

const timestamps = { created_at: 'not null', updated_at: 'not null' } as const;
const archivable = { ...timestamps, archived_at: 'nullable' } as const;

export const invoicingColumns: {
  [Table in keyof InvoicingTables]: ColumnNullability<InvoicingTables[Table]>;
} = {
  tax_rates: {
    id: 'not null',
    name: 'not null',
    kind: 'not null',
    components: 'not null',
    note: 'not null',
    is_default: 'not null',
    ...archivable,
  },
  catalog_items: {
    id: 'not null',
    name: 'not null',
    description: 'not null',
    unit_type: 'not null',
    unit_label: 'not null',
    unit_price_minor: 'not null',
    currency: 'not null',
    tax_rate_id: 'nullable',
    ...archivable,
  },
  invoice_templates: {
    id: 'not null',
    name: 'not null',
    layout: 'not null',
    paper: 'not null',
    accent_color: 'not null',
    header: 'not null',
    notes: 'not null',
    terms: 'not null',
    footer: 'not null',
    is_default: 'not null',
    ...archivable,
  },
  workspace_logo: {
    id: 'not null',
    kind: 'not null',
    bytes: 'not null',
    width: 'not null',
    height: 'not null',
    updated_at: 'not null',
  },
  number_series: {
    id: 'not null',
    document_kind: 'not null',
    name: 'not null',
    pattern: 'not null',
    yearly_reset: 'not null',
    is_default: 'not null',
    ...timestamps,
  },
  number_counters: { series_id: 'not null', period: 'not null', next_value: 'not null' },
  invoices: {
    id: 'not null',
    kind: 'not null',
    status: 'not null',
    series_id: 'nullable',
    number: 'nullable',
    sequence_period: 'nullable',
    sequence_value: 'nullable',
    corrects_invoice_id: 'nullable',
    company_id: 'nullable',
    account_id: 'nullable',
    deal_id: 'nullable',
    template_id: 'nullable',
    customer_name: 'not null',
    issue_date: 'not null',
    payment_terms: 'not null',
    terms_days: 'not null',
    due_date: 'not null',
    supply_date: 'nullable',
    currency: 'not null',
    rounding: 'not null',
    price_mode: 'not null',
    discount_percent: 'nullable',
    discount_minor: 'nullable',
    notes: 'not null',
    terms: 'not null',
    footer: 'not null',
    tax_rates: 'not null',
    seller: 'nullable',
    buyer: 'nullable',
    net_minor: 'not null',
    tax_minor: 'not null',
    total_minor: 'not null',
    paid_minor: 'not null',
    credited_minor: 'not null',
    issued_at: 'nullable',
    voided_at: 'nullable',
    void_reason: 'not null',
    ...timestamps,
  },
  invoice_totals: {
    month: 'not null',
    status: 'not null',
    currency: 'not null',
    invoice_count: 'not null',
    total_minor: 'not null',
    paid_minor: 'not null',
    credited_minor: 'not null',
  },
  invoice_recipients: { invoice_id: 'not null', contact_id: 'not null', position: 'not null' },
  invoice_lines: {
    id: 'not null',
    invoice_id: 'not null',
    position: 'not null',
    catalog_item_id: 'nullable',
    description: 'not null',
    quantity: 'not null',
    unit: 'not null',
    unit_price_minor: 'not null',
    discount_percent: 'nullable',
    discount_minor: 'nullable',
    tax_rate_id: 'not null',
    net_minor: 'not null',
    credits_line_id: 'nullable',
    credited_quantity: 'nullable',
  },
  payments: {
    id: 'not null',
    invoice_id: 'not null',
    paid_on: 'not null',
    amount_minor: 'not null',
    method: 'not null',
    reference: 'not null',
    created_at: 'not null',
    deleted_at: 'nullable',
    delete_reason: 'not null',
  },
  invoice_events: {
    id: 'not null',
    invoice_id: 'not null',
    kind: 'not null',
    detail: 'not null',
    occurred_at: 'not null',
  },
};
