import type { AccountRow } from '../../shared/accounts';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate, formatNumber } from '../lib/format';
import { textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';
import { RowLink } from '../records/RowLink';
import { AccountStatusBadge } from './AccountStatusBadge';
import { accountPath } from './account-queries';

export const accountColumns: Column<AccountRow>[] = [
  {
    key: 'company',
    header: 'Company',
    minWidth: 220,
    grow: 2,
    render: (row) => (
      <RowLink to={accountPath(row)} name={row.companyName} archived={false} shape="organisation" />
    ),
  },
  {
    key: 'status',
    header: 'Status',
    minWidth: 110,
    grow: 0.8,
    render: (row) => <AccountStatusBadge status={row.status} />,
  },
  textColumn({
    key: 'since',
    header: 'Customer since',
    minWidth: 130,
    grow: 0.9,
    text: (row) => formatCalendarDate(row.since),
    numeric: true,
  }),
  textColumn({
    key: 'renewal',
    header: 'Renewal',
    minWidth: 120,
    grow: 0.9,
    text: (row) => row.renewalDate && formatCalendarDate(row.renewalDate),
    numeric: true,
  }),
  textColumn({
    key: 'deals',
    header: 'Won deals',
    minWidth: 124,
    grow: 0.6,
    align: 'right',
    text: (row) => formatNumber(row.wonDeals),
    numeric: true,
  }),
  textColumn({
    key: 'value',
    header: 'Won value',
    minWidth: 150,
    grow: 1.2,
    align: 'right',
    text: (row) => row.wonValue.map((money) => formatMoney(money)).join(' · '),
    numeric: true,
  }),
];
