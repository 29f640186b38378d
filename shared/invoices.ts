import { z } from 'zod';
import { byIdInput, type Page, pageInput, recordId, requiredText, text } from './fields';
import type { InvoiceDocument } from './invoice-document';
import type { InvoiceTotals } from './invoice-math';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, isoDate, type Money, minorUnits } from './money';
import { percentText } from './tax-rate';
import type { NamedTaxRate } from './tax-rates';

export const invoiceStatuses = ['draft', 'issued', 'partially_paid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export const paymentTerms = ['net', 'end_of_month', 'on_receipt'] as const;
export type PaymentTerms = (typeof paymentTerms)[number];
export const paymentMethods = ['bank_transfer', 'card', 'cash', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** Negative quantities are allowed: a line can take something back ("-1 × onboarding credit"). */
export const signedQuantity = z
  .string()
  .trim()
  .regex(/^-?\d{1,9}(\.\d{1,4})?$/, 'Use a quantity such as 1, 2.5 or -1');

export const invoiceLineInput = z
  .object({
    catalogItemId: recordId.nullable().default(null),
    description: requiredText('Description', 1000),
    quantity: signedQuantity,
    unit: text(20).default(''),
    unitPriceMinor: minorUnits,
    discountPercent: percentText.nullable().default(null),
    discountMinor: minorUnits.min(0, 'A discount cannot be negative').nullable().default(null),
    taxRateId: recordId,
  })
  .strict()
  .refine((line) => line.discountPercent === null || line.discountMinor === null, {
    message: 'Use a percentage or an amount, not both',
    path: ['discountMinor'],
  });
export type InvoiceLineInput = z.input<typeof invoiceLineInput>;
export type InvoiceLineValues = z.output<typeof invoiceLineInput>;

/** What an invoice draft and an estimate both say; each adds its own dates and terms. */
export const documentContent = {
  companyId: recordId.nullable(),
  contactIds: z.array(recordId).max(20, 'Use at most 20 recipients'),
  dealId: recordId.nullable(),
  accountId: recordId.nullable(),
  templateId: recordId.nullable(),
  issueDate: isoDate,
  currency: currencyCode,
  priceMode: z.enum(['net', 'gross']),
  rounding: z.enum(['half-up', 'half-even']),
  discountPercent: percentText.nullable(),
  discountMinor: minorUnits.min(0, 'A discount cannot be negative').nullable(),
  notes: text(5000),
  terms: text(5000),
  footer: text(1000),
  lines: z.array(invoiceLineInput).max(500, 'Use at most 500 lines'),
};

const draftContent = {
  ...documentContent,
  paymentTerms: z.enum(paymentTerms),
  /** Days for 'net' terms. */
  termsDays: z.number().int().min(0).max(365),
  supplyDate: isoDate.nullable(),
};

/** A blank draft: everything but the currency falls back to the workspace defaults. */
export const invoiceCreateInput = z.object(draftContent).partial().strict();
export type InvoiceCreateInput = z.input<typeof invoiceCreateInput>;

export const invoiceUpdateInput = z
  .object({ id: recordId, changes: z.object(draftContent).partial().strict() })
  .strict();
export type InvoiceUpdateInput = z.input<typeof invoiceUpdateInput>;
export type DraftChanges = z.output<typeof invoiceUpdateInput>['changes'];
/** Everything a draft says; a create fills what it leaves out from the workspace defaults. */
export type DraftContent = Required<DraftChanges>;

export const invoiceListFilters = ['all', 'open', 'overdue', ...invoiceStatuses, 'credit_note'] as const;
export const invoiceSortKeys = ['number', 'issueDate', 'dueDate', 'customer', 'total', 'balance'] as const;

export const invoiceListInput = z
  .object({
    status: z.enum(invoiceListFilters).default('all'),
    accountId: recordId.optional(),
    companyId: recordId.optional(),
    dealId: recordId.optional(),
    currency: currencyCode.optional(),
    issuedFrom: isoDate.optional(),
    issuedTo: isoDate.optional(),
    /** A number ("INV-2026-00") or part of the customer's name. */
    query: text(200).default(''),
    sort: z.enum(invoiceSortKeys).default('issueDate'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    ...pageInput,
  })
  .strict();
export type InvoiceListInput = z.input<typeof invoiceListInput>;
export type InvoiceListQuery = z.output<typeof invoiceListInput>;

export const paymentInput = z
  .object({
    invoiceId: recordId,
    paidOn: isoDate,
    amountMinor: minorUnits.min(1, 'Enter an amount above zero'),
    method: z.enum(paymentMethods),
    reference: text(200).default(''),
  })
  .strict();

export interface InvoiceRow {
  id: number;
  kind: 'invoice' | 'credit_note';
  number: string | null;
  status: InvoiceStatus;
  /** Derived on every read from the due date, the balance and today's date; never stored. */
  overdue: boolean;
  daysOverdue: number;
  customerName: string;
  companyId: number | null;
  accountId: number | null;
  issueDate: string;
  dueDate: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  /** Settled by credit notes and applied credit; the balance is total - paid - credited. */
  creditedMinor: number;
  balanceMinor: number;
}

export interface InvoiceLine extends InvoiceLineValues {
  id: number;
  netMinor: number;
}

export interface Payment {
  id: number;
  paidOn: string;
  amountMinor: number;
  method: PaymentMethod;
  reference: string;
  createdAt: string;
  deletedAt: string | null;
  deleteReason: string;
}

/** What the audit log records; a draft's entries go with it when it is deleted. */
export const invoiceEventKinds = [
  'created',
  'updated',
  'issued',
  'payment_recorded',
  'payment_deleted',
  'voided',
  'pdf_exported',
  'escalated',
  'credited',
  'credit_applied',
  'emailed',
  'reminder_drafted',
  'late_fee_charged',
] as const;
export type InvoiceEventKind = (typeof invoiceEventKinds)[number];

export interface InvoiceEvent {
  id: number;
  kind: InvoiceEventKind;
  detail: Record<string, unknown>;
  occurredAt: string;
}

export interface Invoice extends InvoiceRow {
  /** The invoice a credit note corrects. */
  correctsInvoiceId: number | null;
  contactIds: number[];
  dealId: number | null;
  templateId: number | null;
  paymentTerms: PaymentTerms;
  termsDays: number;
  supplyDate: string | null;
  priceMode: 'net' | 'gross';
  rounding: 'half-up' | 'half-even';
  discountPercent: string | null;
  discountMinor: number | null;
  notes: string;
  terms: string;
  footer: string;
  lines: InvoiceLine[];
  /** The named rates the lines refer to: live for a draft, the issued snapshot otherwise. */
  taxRates: NamedTaxRate[];
  totals: InvoiceTotals;
  payments: Payment[];
  events: InvoiceEvent[];
  issuedAt: string | null;
  voidedAt: string | null;
  voidReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface InvoiceListResult extends Page<InvoiceRow> {
  /** Over every invoice the filters match, not only this page; drafts and void ones excluded. */
  totals: { currency: string; count: number; totalMinor: number; balanceMinor: number }[];
}

/** What an account still owes, per currency, and how many of its invoices are overdue. */
export interface Receivables {
  outstanding: Money[];
  overdueCount: number;
}

export interface InvoiceSummary {
  overdueCount: number;
  overdueBalance: Money[];
  draftCount: number;
}

export interface PdfExportJob {
  jobId: string;
  folder: string;
  total: number;
}

export interface PdfExportProgress {
  jobId: string;
  done: number;
  total: number;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  /** Set once finished or failed. */
  message?: string;
}

export const invoiceChannels = {
  'invoices.list': {
    summary:
      'Invoices filtered by status (or overdue), account, dates, currency and search, with totals per currency',
    input: invoiceListInput,
    output: returns<InvoiceListResult>(),
  },
  'invoices.summary': {
    summary: 'Counts for the sidebar: overdue invoices and their balance, drafts',
    input: z.object({}).strict(),
    output: returns<InvoiceSummary>(),
  },
  'invoices.get': {
    summary: 'One invoice with its lines, totals, payments and audit log',
    input: byIdInput,
    output: returns<Invoice>(),
  },
  'invoices.create': {
    summary: 'Start a draft invoice, blank or with the given content; workspace defaults fill the rest',
    input: invoiceCreateInput,
    output: returns<Invoice>(),
  },
  'invoices.createFromDeal': {
    summary: 'Start a draft from a won deal: its company, account, contacts and line items carry over',
    input: z.object({ dealId: recordId }).strict(),
    output: returns<Invoice>(),
  },
  'invoices.createFromAccount': {
    summary: 'Start a draft for an account’s company and contacts',
    input: z.object({ accountId: recordId }).strict(),
    output: returns<Invoice>(),
  },
  'invoices.update': {
    summary: 'Change a draft; issued invoices are refused (correct them with a credit note)',
    input: invoiceUpdateInput,
    output: returns<Invoice>(),
  },
  'invoices.delete': {
    summary: 'Delete a draft; issued invoices can never be deleted',
    input: byIdInput,
    output: returns<{ id: number }>(),
  },
  'invoices.issue': {
    summary: 'Give a draft its number from its series and freeze it, durably',
    input: byIdInput,
    output: returns<Invoice>(),
  },
  'invoices.void': {
    summary:
      'Void an issued invoice; it keeps its number. One with payments is cancelled by a full credit note that refunds them or keeps them as credit',
    input: z
      .object({
        id: recordId,
        reason: requiredText('Reason', 500),
        /** For an invoice with payments: what happens to the money already received. */
        outcome: z.enum(['refund', 'credit']).optional(),
        refund: z
          .object({ method: z.enum(paymentMethods), paidOn: isoDate })
          .strict()
          .optional(),
      })
      .strict(),
    output: returns<Invoice>(),
  },
  'invoices.recordPayment': {
    summary: 'Record a full or partial payment; more than the balance is refused',
    input: paymentInput,
    output: returns<Invoice>(),
  },
  'invoices.deletePayment': {
    summary: 'Remove a payment with a reason; the removal is kept in the audit log',
    input: z.object({ paymentId: recordId, reason: requiredText('Reason', 500) }).strict(),
    output: returns<Invoice>(),
  },
  'invoices.document': {
    summary:
      'The invoice as printed: parties, lines, totals and branding (the logo itself comes with profile.get)',
    input: byIdInput,
    output: returns<InvoiceDocument>(),
  },
  'invoices.exportPdf': {
    summary: 'One invoice as a PDF (base64) with a file name',
    input: byIdInput,
    output: returns<{ fileName: string; base64: string }>(),
  },
  'invoices.exportPdfs': {
    summary:
      'Write many invoices as PDFs into a folder, reporting progress as invoices.exportProgress events',
    input: z
      .object({
        ids: z.array(recordId).min(1, 'Choose at least one invoice').max(10_000),
        /** An absolute folder; by default a new folder under the workspace's exports. */
        folder: text(1000).optional(),
      })
      .strict(),
    output: returns<PdfExportJob>(),
  },
  'invoices.cancelExport': {
    summary: 'Stop a running PDF export; files already written stay',
    input: z.object({ jobId: requiredText('Job', 100) }).strict(),
    output: returns<{ cancelled: boolean }>(),
  },
  'invoices.escalate': {
    summary:
      'From an overdue invoice, create a follow-up task on its account with the invoice linked (or find the open one)',
    input: byIdInput,
    output: returns<{ activityId: number; created: boolean }>(),
  },
} satisfies Record<`invoices.${string}`, ChannelSpec>;
