import { Paper, Table } from '@mantine/core';
import type { InvoiceListResult } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import { formatCount, formatNumber } from '../lib/format';

type Totals = InvoiceListResult['totals'];

/**
 * What the filtered invoices add up to, one column per currency (amounts in different currencies are
 * never summed), the busiest currency first.
 */
export const CurrencyTotals = ({ totals }: { totals: Totals }) => {
  if (totals.length === 0) return null;
  const columns = [...totals].sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
  const row = (label: string, amount: (total: Totals[number]) => number) => (
    <Table.Tr>
      <Table.Th scope="row" fw={500} c="dimmed" fz="xs" w={110}>
        {label}
      </Table.Th>
      {columns.map((total) => (
        <Table.Td key={total.currency} ta="right" fz="sm" fw={label === 'Outstanding' ? 600 : undefined}>
          {formatMoney({ minor: amount(total), currency: total.currency })}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Paper
      withBorder
      radius="md"
      mb="sm"
      bg="var(--lb-surface)"
      w="fit-content"
      maw="100%"
      style={{ overflowX: 'auto', flexShrink: 0 }}
    >
      <Table
        aria-label="Totals per currency"
        className="lb-numeric"
        withRowBorders={false}
        verticalSpacing={3}
        horizontalSpacing="md"
        w="auto"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Td fz="xs" c="dimmed" fw={600} title="Drafts and void invoices are not counted">
              Totals
            </Table.Td>
            {columns.map((total) => (
              <Table.Th
                key={total.currency}
                ta="right"
                fz="xs"
                c="dimmed"
                fw={600}
                title={formatCount(total.count, 'invoice')}
              >
                {total.currency} · {formatNumber(total.count)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {row('Invoiced', (total) => total.totalMinor)}
          {row('Outstanding', (total) => total.balanceMinor)}
        </Table.Tbody>
      </Table>
    </Paper>
  );
};
