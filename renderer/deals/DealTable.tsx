import { Alert, Anchor, Badge, Box, Button, Center, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DealRow } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../lib/format';
import { errorMessage } from '../lib/rpc';
import { PageLoader } from '../records/QueryState';
import { dealPageSize, dealPath, useDealRows } from './deal-queries';
import { type DealSort, type DealTableFilter, useDealsView } from './deals-view-store';

interface TableColumn {
  key: string;
  header: string;
  /** The server's sort for this column; columns without one keep their header plain. */
  sort?: DealSort;
  align?: 'right';
  width?: number;
  render: (deal: DealRow) => ReactNode;
}

const outcomeColors = { open: 'gray', won: 'green', lost: 'red' } as const;

const columns: TableColumn[] = [
  {
    key: 'title',
    header: 'Title',
    sort: 'title',
    render: (deal) => (
      <Link to={dealPath(deal)} className="lb-row-link">
        {deal.title}
      </Link>
    ),
  },
  {
    key: 'stage',
    header: 'Stage',
    width: 170,
    render: (deal) => (
      <Badge variant="light" color={outcomeColors[deal.outcome]} size="sm">
        {deal.stageName}
      </Badge>
    ),
  },
  {
    key: 'company',
    header: 'Company',
    width: 200,
    render: (deal) =>
      deal.companyId !== null && (
        <Anchor component={Link} to={`/companies/${deal.companyId}`} size="sm" c="dark">
          {deal.companyName}
        </Anchor>
      ),
  },
  {
    key: 'value',
    header: 'Value',
    sort: 'value',
    align: 'right',
    width: 140,
    render: (deal) => formatMoney({ minor: deal.valueMinor, currency: deal.currency }),
  },
  {
    key: 'close',
    header: 'Expected close',
    sort: 'close',
    width: 150,
    render: (deal) => deal.expectedCloseDate && formatCalendarDate(deal.expectedCloseDate),
  },
  {
    key: 'updated',
    header: 'Updated',
    sort: 'updated',
    width: 130,
    render: (deal) => formatCalendarDate(deal.updatedAt.slice(0, 10)),
  },
];

const SortHeader = ({ column, filter }: { column: TableColumn; filter: DealTableFilter }) => {
  const setTable = useDealsView((state) => state.setTable);
  const { sort } = column;
  const active = sort !== undefined && filter.sort === sort;
  const Arrow = !active ? IconSelector : filter.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      w={column.width}
      ta={column.align}
      aria-sort={active ? (filter.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {sort ? (
        <UnstyledButton
          onClick={() => setTable({ sort, direction: active && filter.direction === 'asc' ? 'desc' : 'asc' })}
          fz="xs"
          fw={600}
          c={active ? 'dark' : 'dimmed'}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4, textTransform: 'uppercase' }}
        >
          {column.header}
          <Arrow size={13} aria-hidden />
        </UnstyledButton>
      ) : (
        <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
          {column.header}
        </Text>
      )}
    </Table.Th>
  );
};

/** Every deal of the filter as a sortable table, read from the server a page at a time. */
export const DealTable = ({ pipelineId }: { pipelineId: number | undefined }) => {
  const filter = useDealsView((state) => state.table);
  const rows = useDealRows(filter, pipelineId);
  if (rows.error)
    return (
      <Alert color="red" variant="light" title="Could not load deals">
        {errorMessage(rows.error)}
      </Alert>
    );
  if (!rows.data) return <PageLoader label="Loading deals" />;
  const deals = rows.data.pages.flatMap((page) => page.rows);
  const total = rows.data.pages[0]?.total ?? 0;

  return (
    <Box
      style={{
        flex: 1,
        minHeight: 0,
        overflow: 'auto',
        border: '1px solid var(--lb-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <Table stickyHeader highlightOnHover verticalSpacing={10} aria-label="Deals" aria-rowcount={total + 1}>
        <Table.Thead bg="var(--lb-surface)">
          <Table.Tr>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} filter={filter} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deals.map((deal) => (
            <Table.Tr key={deal.id}>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.align}
                  fz="sm"
                  className={column.align ? 'lb-numeric' : undefined}
                >
                  {column.render(deal)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {deals.length === 0 && (
        <Center py={48}>
          <Text c="dimmed" size="sm">
            {filter.query ? `No deals match “${filter.query}”.` : 'No deals here yet.'}
          </Text>
        </Center>
      )}
      {rows.hasNextPage && (
        <Center py="sm">
          <Button
            variant="default"
            size="xs"
            loading={rows.isFetchingNextPage}
            onClick={() => rows.fetchNextPage()}
          >
            Show {Math.min(dealPageSize, total - deals.length)} more
          </Button>
        </Center>
      )}
    </Box>
  );
};
