import type { AccountRow } from '../../shared/accounts';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../activities/calendar-date';
import { formatNumber } from '../lib/format';
import { CellText } from '../lists/CellText';
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
  {
    key: 'since',
    header: 'Customer since',
    minWidth: 130,
    grow: 0.9,
    render: (row) => <CellText numeric>{formatCalendarDate(row.since)}</CellText>,
  },
  {
    key: 'renewal',
    header: 'Renewal',
    minWidth: 120,
    grow: 0.9,
    render: (row) => <CellText numeric>{row.renewalDate && formatCalendarDate(row.renewalDate)}</CellText>,
  },
  {
    key: 'deals',
    header: 'Won deals',
    minWidth: 124,
    grow: 0.6,
    align: 'right',
    render: (row) => <CellText numeric>{formatNumber(row.wonDeals)}</CellText>,
  },
  {
    key: 'value',
    header: 'Won value',
    minWidth: 150,
    grow: 1.2,
    align: 'right',
    render: (row) => (
      <CellText numeric>{row.wonValue.map((money) => formatMoney(money)).join(' · ')}</CellText>
    ),
  },
];
