import type { InvoiceRow, InvoiceStatus, PaymentMethod, PaymentTerms } from '../../shared/invoices';
import { formatCount } from '../lib/format';

export const statusLabels: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
};

export const statusColors: Record<InvoiceStatus | 'overdue' | 'credit_note', string> = {
  draft: 'gray',
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  void: 'dark',
  overdue: 'red',
  credit_note: 'grape',
};

/**
 * What the badge says: "Credit note" for one, "Overdue · 12 days" when the due date has passed unpaid,
 * "Credited" when credit notes rather than payments settled it, or else the stored status.
 */
export const statusText = (
  row: Pick<InvoiceRow, 'kind' | 'status' | 'overdue' | 'daysOverdue' | 'paidMinor' | 'creditedMinor'>,
) =>
  row.kind === 'credit_note'
    ? 'Credit note'
    : row.overdue
      ? `Overdue · ${formatCount(row.daysOverdue, 'day')}`
      : row.status === 'paid' && row.paidMinor === 0 && row.creditedMinor > 0
        ? 'Credited'
        : statusLabels[row.status];

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  cash: 'Cash',
  other: 'Other',
};

export const paymentTermsLabels: Record<PaymentTerms, string> = {
  net: 'Net (days after issue)',
  end_of_month: 'End of month',
  on_receipt: 'On receipt',
};

/** An invoice's name in sentences and headings: its number once issued, "Draft invoice" before. */
export const invoiceName = (invoice: Pick<InvoiceRow, 'number'>) => invoice.number ?? 'Draft invoice';

/** A credit note's amounts read as money going back: shown below zero wherever it is listed. */
export const signedTotal = (row: Pick<InvoiceRow, 'kind' | 'totalMinor'>) =>
  row.kind === 'credit_note' ? -row.totalMinor : row.totalMinor;
