import { Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EstimateRow } from '../../shared/estimates';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../lib/format';
import { CellText } from '../lists/CellText';
import type { Column } from '../lists/RecordList';
import { EstimateStatusBadge } from './EstimateStatusBadge';
import { estimatePath } from './estimate-queries';

export const estimateColumns: Column<EstimateRow>[] = [
  {
    key: 'number',
    header: 'Number',
    minWidth: 130,
    grow: 1,
    render: (row) => (
      <Link to={estimatePath(row)} className="lb-row-link lb-truncate lb-numeric">
        {row.number ?? (
          <Text span c="dimmed" fs="italic" inherit>
            Draft
          </Text>
        )}
      </Link>
    ),
  },
  {
    key: 'customer',
    header: 'Customer',
    minWidth: 160,
    grow: 2,
    render: (row) =>
      row.customerName ? (
        <CellText>{row.customerName}</CellText>
      ) : (
        <CellText dimmed>No customer yet</CellText>
      ),
  },
  {
    key: 'issueDate',
    header: 'Date',
    minWidth: 112,
    grow: 1,
    render: (row) => <CellText numeric>{formatCalendarDate(row.issueDate)}</CellText>,
  },
  {
    key: 'validUntil',
    header: 'Valid until',
    minWidth: 112,
    grow: 1,
    render: (row) => <CellText numeric>{formatCalendarDate(row.validUntil)}</CellText>,
  },
  {
    key: 'status',
    header: 'Status',
    minWidth: 120,
    grow: 1,
    render: (row) => <EstimateStatusBadge estimate={row} />,
  },
  {
    key: 'total',
    header: 'Total',
    minWidth: 140,
    grow: 1,
    align: 'right',
    render: (row) => (
      <CellText numeric>{formatMoney({ minor: row.totalMinor, currency: row.currency })}</CellText>
    ),
  },
];
