import { formatCount } from '../lib/format';
import { NavCountBadge } from '../shell/NavCountBadge';
import { useInvoiceSummary } from './invoice-queries';

/** The overdue count beside Invoices in the sidebar; a link of its own to the overdue invoices. */
export const OverdueNavBadge = () => {
  const summary = useInvoiceSummary();
  const count = summary.data?.overdueCount ?? 0;
  return (
    <NavCountBadge
      count={count}
      to="/invoices?status=overdue"
      label={formatCount(count, 'overdue invoice')}
      color="red"
    />
  );
};
