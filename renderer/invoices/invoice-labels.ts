import type { InvoiceRow, InvoiceStatus, PaymentMethod, PaymentTerms } from '../../shared/invoices';
import { formatCount } from '../lib/format';

export const statusLabels: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
};

export const statusColors: Record<InvoiceStatus | 'overdue', string> = {
  draft: 'gray',
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  void: 'dark',
  overdue: 'red',
};

/** What the badge says: the stored status, or "Overdue · 12 days" when the due date has passed unpaid. */
export const statusText = (row: Pick<InvoiceRow, 'status' | 'overdue' | 'daysOverdue'>) =>
  row.overdue ? `Overdue · ${formatCount(row.daysOverdue, 'day')}` : statusLabels[row.status];

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
