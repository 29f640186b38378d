import { Badge } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '../lib/format';
import { useInvoiceSummary } from './invoice-queries';

/** The overdue count beside Invoices in the sidebar; a link of its own to the overdue invoices. */
export const OverdueNavBadge = () => {
  const summary = useInvoiceSummary();
  const count = summary.data?.overdueCount ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      component={Link}
      to="/invoices?status=overdue"
      aria-label={`${formatCount(count, 'overdue invoice')}`}
      title={`${formatCount(count, 'overdue invoice')}: show them`}
      color="red"
      variant="filled"
      size="sm"
      radius="xl"
      className="lb-numeric"
      style={{ position: 'absolute', right: 8, top: '50%', transform: 'translateY(-50%)', cursor: 'pointer' }}
    >
      {count}
    </Badge>
  );
};
