import { z } from 'zod';
import { byIdInput, type Page, pageInput, recordId, text } from './fields';
import type { InvoiceDocument } from './invoice-document';
import type { InvoiceTotals } from './invoice-math';
import { documentContent, type InvoiceLine } from './invoices';
import { type ChannelSpec, returns } from './ipc/channel';
import { isoDate } from './money';
import type { NamedTaxRate } from './tax-rates';

/** What is stored; 'expired' is never stored but derived on read from the validity date. */
export const storedEstimateStatuses = ['draft', 'sent', 'approved', 'declined'] as const;
export type StoredEstimateStatus = (typeof storedEstimateStatuses)[number];
export const estimateStatuses = [...storedEstimateStatuses, 'expired'] as const;
export type EstimateStatus = (typeof estimateStatuses)[number];

/** A new estimate is valid for this many days unless it says otherwise. */
export const defaultValidityDays = 30;

const estimateContent = { ...documentContent, validUntil: isoDate };

/**
 * A blank estimate, or one started from a deal (its customer, people and line items) or an account (its
 * customer and people); anything given overrides what the deal or account brings.
 */
export const estimateCreateInput = z.object(estimateContent).partial().strict();
export type EstimateCreateInput = z.input<typeof estimateCreateInput>;

export const estimateUpdateInput = z
  .object({ id: recordId, changes: z.object(estimateContent).partial().strict() })
  .strict();
export type EstimateUpdateInput = z.input<typeof estimateUpdateInput>;
export type EstimateChanges = z.output<typeof estimateUpdateInput>['changes'];
export type EstimateContent = Required<EstimateChanges>;

export const estimateListInput = z
  .object({
    status: z.enum(['all', ...estimateStatuses]).default('all'),
    /** A number ("EST-2026-00") or part of the customer's name. */
    query: text(200).default(''),
    ...pageInput,
  })
  .strict();
export type EstimateListInput = z.input<typeof estimateListInput>;
export type EstimateListQuery = z.output<typeof estimateListInput>;

/** Who said yes or no: a name typed, else the workspace's legal name, else "Client". */
export const estimateDecisionInput = z.object({ id: recordId, by: text(200).default('') }).strict();

export interface EstimateRow {
  id: number;
  number: string | null;
  /** 'expired' when sent and its validity date has passed, worked out on every read. */
  status: EstimateStatus;
  customerName: string;
  companyId: number | null;
  issueDate: string;
  validUntil: string;
  currency: string;
  totalMinor: number;
  invoiceId: number | null;
}

export const estimateEventKinds = [
  'created',
  'updated',
  'sent',
  'approved',
  'declined',
  'converted',
  'pdf_exported',
  'emailed',
] as const;
export type EstimateEventKind = (typeof estimateEventKinds)[number];

export interface EstimateEvent {
  id: number;
  kind: EstimateEventKind;
  detail: Record<string, unknown>;
  occurredAt: string;
}

export interface Estimate extends EstimateRow {
  contactIds: number[];
  dealId: number | null;
  accountId: number | null;
  templateId: number | null;
  priceMode: 'net' | 'gross';
  rounding: 'half-up' | 'half-even';
  discountPercent: string | null;
  discountMinor: number | null;
  notes: string;
  terms: string;
  footer: string;
  lines: InvoiceLine[];
  /** The named rates the lines refer to: live for a draft, the snapshot taken when sent otherwise. */
  taxRates: NamedTaxRate[];
  totals: InvoiceTotals;
  sentAt: string | null;
  decidedAt: string | null;
  decidedBy: string;
  events: EstimateEvent[];
  createdAt: string;
  updatedAt: string;
}

export const estimateChannels = {
  'estimates.list': {
    summary: 'Estimates filtered by status (expired included) and searched by number or customer',
    input: estimateListInput,
    output: returns<Page<EstimateRow>>(),
  },
  'estimates.get': {
    summary: 'One estimate with its lines, totals and history',
    input: byIdInput,
    output: returns<Estimate>(),
  },
  'estimates.create': {
    summary: 'Start a draft estimate, blank or from a deal or an account; workspace defaults fill the rest',
    input: estimateCreateInput,
    output: returns<Estimate>(),
  },
  'estimates.update': {
    summary: 'Change a draft estimate; sent ones are frozen',
    input: estimateUpdateInput,
    output: returns<Estimate>(),
  },
  'estimates.delete': {
    summary: 'Delete a draft estimate; sent ones are kept',
    input: byIdInput,
    output: returns<{ id: number }>(),
  },
  'estimates.send': {
    summary: 'Give a draft its number from the estimate series and freeze it',
    input: byIdInput,
    output: returns<Estimate>(),
  },
  'estimates.approve': {
    summary: 'Record that the client accepted a sent estimate, with who and when; expired ones are refused',
    input: estimateDecisionInput,
    output: returns<Estimate>(),
  },
  'estimates.decline': {
    summary: 'Record that the client turned a sent estimate down, with who and when',
    input: estimateDecisionInput,
    output: returns<Estimate>(),
  },
  'estimates.convert': {
    summary:
      'Turn an approved estimate into a draft invoice with the same lines, customer and links; only once',
    input: byIdInput,
    output: returns<{ estimate: Estimate; invoiceId: number }>(),
  },
  'estimates.document': {
    summary: 'The estimate as printed (the logo itself comes with profile.get)',
    input: byIdInput,
    output: returns<InvoiceDocument>(),
  },
  'estimates.exportPdf': {
    summary: 'One estimate as a PDF (base64) with a file name',
    input: byIdInput,
    output: returns<{ fileName: string; base64: string }>(),
  },
} satisfies Record<`estimates.${string}`, ChannelSpec>;
