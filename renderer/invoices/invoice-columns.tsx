import { Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InvoiceRow } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../lib/format';
import { CellText } from '../lists/CellText';
import type { Column } from '../lists/RecordList';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { signedTotal } from './invoice-labels';
import { invoicePath } from './invoice-queries';
import type { InvoiceFilter, InvoiceSort } from './use-invoice-filter';

interface Sorting {
  filter: Pick<InvoiceFilter, 'sort' | 'direction'>;
  onSort: (sort: InvoiceSort, direction: 'asc' | 'desc') => void;
}

// Names read best A to Z; dates and amounts most recent or largest first.
const firstDirection: Record<InvoiceSort, 'asc' | 'desc'> = {
  number: 'asc',
  customer: 'asc',
  issueDate: 'desc',
  dueDate: 'desc',
  total: 'desc',
  balance: 'desc',
};

const sortable = (
  sort: InvoiceSort,
  header: string,
  { filter, onSort }: Sorting,
  align?: 'right',
): Pick<Column<InvoiceRow>, 'header' | 'sorted'> => {
  const active = filter.sort === sort;
  const Arrow = !active ? IconSelector : filter.direction === 'asc' ? IconArrowUp : IconArrowDown;
  const next = active ? (filter.direction === 'asc' ? 'desc' : 'asc') : firstDirection[sort];
  return {
    sorted: active ? (filter.direction === 'asc' ? 'ascending' : 'descending') : undefined,
    header: (
      <UnstyledButton
        onClick={() => onSort(sort, next)}
        fz="xs"
        fw={600}
        c={active ? 'dark' : 'dimmed'}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          textTransform: 'uppercase',
          letterSpacing: 0.4,
          flexDirection: align === 'right' ? 'row-reverse' : 'row',
        }}
      >
        {header}
        <Arrow size={13} aria-hidden />
      </UnstyledButton>
    ),
  };
};

const money = (minor: number, currency: string) => formatMoney({ minor, currency });

export const invoiceColumns = (sorting: Sorting): Column<InvoiceRow>[] => [
  {
    key: 'number',
    ...sortable('number', 'Number', sorting),
    minWidth: 130,
    grow: 1,
    render: (row) => (
      <Link to={invoicePath(row)} className="lb-row-link lb-truncate lb-numeric">
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
    ...sortable('customer', 'Customer', sorting),
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
    ...sortable('issueDate', 'Issued', sorting),
    minWidth: 112,
    grow: 1,
    render: (row) => <CellText numeric>{formatCalendarDate(row.issueDate)}</CellText>,
  },
  {
    key: 'dueDate',
    ...sortable('dueDate', 'Due', sorting),
    minWidth: 112,
    grow: 1,
    render: (row) =>
      row.kind === 'credit_note' ? (
        <CellText dimmed>—</CellText>
      ) : (
        <CellText numeric>{formatCalendarDate(row.dueDate)}</CellText>
      ),
  },
  {
    key: 'status',
    header: 'Status',
    minWidth: 150,
    grow: 1.1,
    render: (row) => <InvoiceStatusBadge invoice={row} />,
  },
  {
    key: 'total',
    ...sortable('total', 'Total', sorting, 'right'),
    minWidth: 140,
    grow: 1,
    align: 'right',
    render: (row) => <CellText numeric>{money(signedTotal(row), row.currency)}</CellText>,
  },
  {
    key: 'balance',
    ...sortable('balance', 'Balance', sorting, 'right'),
    minWidth: 140,
    grow: 1,
    align: 'right',
    render: (row) => (
      <CellText numeric dimmed={row.balanceMinor === 0}>
        {row.status === 'draft' || row.status === 'void' || row.kind === 'credit_note'
          ? '—'
          : money(row.balanceMinor, row.currency)}
      </CellText>
    ),
  },
];
