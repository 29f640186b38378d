import { Badge, type BadgeProps } from '@mantine/core';
import type { InvoiceRow } from '../../shared/invoices';
import { statusColors, statusText } from './invoice-labels';

type StatusOf = Pick<
  InvoiceRow,
  'kind' | 'status' | 'overdue' | 'daysOverdue' | 'paidMinor' | 'creditedMinor'
>;

export const InvoiceStatusBadge = ({
  invoice,
  size = 'sm',
}: {
  invoice: StatusOf;
  size?: BadgeProps['size'];
}) => (
  <Badge
    variant="light"
    size={size}
    color={
      statusColors[
        invoice.kind === 'credit_note' ? 'credit_note' : invoice.overdue ? 'overdue' : invoice.status
      ]
    }
    style={{ flexShrink: 0 }}
  >
    {statusText(invoice)}
  </Badge>
);
