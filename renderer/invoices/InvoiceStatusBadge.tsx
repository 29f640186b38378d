import { Badge, type BadgeProps } from '@mantine/core';
import type { InvoiceRow } from '../../shared/invoices';
import { statusColors, statusText } from './invoice-labels';

type StatusOf = Pick<InvoiceRow, 'status' | 'overdue' | 'daysOverdue'>;

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
    color={statusColors[invoice.overdue ? 'overdue' : invoice.status]}
    style={{ flexShrink: 0 }}
  >
    {statusText(invoice)}
  </Badge>
);
