import { z } from 'zod';
import { recordId, requiredText } from './fields';
import type { Invoice } from './invoices';
import { paymentMethods, signedQuantity } from './invoices';
import { type ChannelSpec, returns } from './ipc/channel';
import { currencyCode, isoDate, type Money, minorUnits } from './money';

export const creditOutcomes = ['reduce', 'refund', 'credit'] as const;

export const creditLineInput = z
  .object({
    lineId: recordId,
    quantity: signedQuantity.refine((value) => !value.startsWith('-') && Number(value) > 0, {
      message: 'Credit a quantity above zero',
    }),
  })
  .strict();

export const creditNoteIssueInput = z
  .object({
    invoiceId: recordId,
    /** Take back these lines, each up to what is left of its quantity... */
    lines: z.array(creditLineInput).max(500).optional(),
    /** ...or this gross amount, spread over the invoice's tax rates. */
    amountMinor: minorUnits.min(1, 'Enter an amount above zero').optional(),
    reason: requiredText('Reason', 500),
    outcome: z.enum(creditOutcomes),
    /** How and when a refund went back; required for the 'refund' outcome. */
    refund: z
      .object({ method: z.enum(paymentMethods), paidOn: isoDate })
      .strict()
      .optional(),
    issueDate: isoDate.optional(),
  })
  .strict()
  .refine((input) => (input.lines === undefined) !== (input.amountMinor === undefined), {
    message: 'Credit either lines or an amount',
    path: ['amountMinor'],
  })
  .refine((input) => input.lines === undefined || input.lines.length > 0, {
    message: 'Choose at least one line',
    path: ['lines'],
  })
  .refine((input) => input.outcome !== 'refund' || input.refund !== undefined, {
    message: 'Say how and when the refund was paid',
    path: ['refund'],
  });
export type CreditNoteIssueInput = z.input<typeof creditNoteIssueInput>;

/** A credit note as listed on its invoice and account, with where its money went. */
export interface CreditNoteSummary {
  id: number;
  number: string;
  issueDate: string;
  currency: string;
  totalMinor: number;
  reason: string;
  correctsInvoiceId: number;
  correctsNumber: string;
  reducedMinor: number;
  refundedMinor: number;
  /** Applied to later invoices so far. */
  appliedMinor: number;
  /** Credit the customer still holds from it. */
  availableMinor: number;
}

export interface CreditableLine {
  lineId: number;
  description: string;
  quantity: string;
  creditedQuantity: string;
  remainingQuantity: string;
}

/** What can still be credited on an invoice: per line, and as an amount. */
export interface Creditable {
  invoiceId: number;
  currency: string;
  remainingMinor: number;
  balanceMinor: number;
  paidMinor: number;
  lines: CreditableLine[];
}

export const creditNoteChannels = {
  'creditNotes.issue': {
    summary:
      'Issue a numbered credit note for lines or an amount of an issued invoice, reducing its balance, refunding or keeping the rest as credit',
    input: creditNoteIssueInput,
    output: returns<Invoice>(),
  },
  'creditNotes.list': {
    summary: 'The credit notes of an invoice or an account, newest first, with where their money went',
    input: z.object({ invoiceId: recordId.optional(), accountId: recordId.optional() }).strict(),
    output: returns<CreditNoteSummary[]>(),
  },
  'creditNotes.creditable': {
    summary:
      'What is still creditable on an invoice: its remaining amount and each line’s remaining quantity',
    input: z.object({ invoiceId: recordId }).strict(),
    output: returns<Creditable>(),
  },
  'creditNotes.availableCredit': {
    summary: 'Credit an account still holds, per currency',
    input: z.object({ accountId: recordId, currency: currencyCode.optional() }).strict(),
    output: returns<Money[]>(),
  },
  'creditNotes.applyCredit': {
    summary: 'Apply an account’s credit, oldest first, to one of its open invoices in the same currency',
    input: z
      .object({ invoiceId: recordId, amountMinor: minorUnits.min(1, 'Enter an amount above zero') })
      .strict(),
    output: returns<Invoice>(),
  },
} satisfies Record<`creditNotes.${string}`, ChannelSpec>;
