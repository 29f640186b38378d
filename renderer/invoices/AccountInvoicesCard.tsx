import { Anchor, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Receivables } from '../../shared/invoices';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate, formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { invoicePath } from './invoice-queries';
import { useCreateInvoice } from './use-create-invoice';

const shown = 8;

/** Starts a draft for the account's company and people. */
export const NewAccountInvoiceButton = ({ accountId }: { accountId: number }) => {
  const create = useCreateInvoice(() => invoke('invoices.createFromAccount', { accountId }));
  return (
    <Button
      leftSection={<IconFilePlus size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
    >
      New invoice
    </Button>
  );
};

interface AccountInvoicesCardProps {
  accountId: number;
  companyName: string;
  receivables: Receivables;
}

/** What the customer owes: outstanding per currency, how many invoices are overdue, and the latest ones. */
export const AccountInvoicesCard = ({ accountId, companyName, receivables }: AccountInvoicesCardProps) => {
  const recent = useQuery({
    queryKey: ['invoices', 'list', 'account', accountId],
    queryFn: () => invoke('invoices.list', { accountId, limit: shown }),
  }).data;
  const { outstanding, overdueCount } = receivables;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="sm" fw={600}>
          Invoices
        </Title>
        {recent && recent.total > 0 && (
          <Anchor component={Link} to={`/invoices?account=${accountId}`} size="xs">
            Show in invoices
          </Anchor>
        )}
      </Group>
      <Group gap="lg" mb="md" className="lb-numeric">
        {outstanding.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing outstanding
          </Text>
        ) : (
          <Text size="sm">
            <Text span c="dimmed" inherit>
              Outstanding{' '}
            </Text>
            <b>{outstanding.map((money) => formatMoney(money)).join(' · ')}</b>
          </Text>
        )}
        <Text size="sm" c={overdueCount > 0 ? 'red.7' : 'dimmed'} fw={overdueCount > 0 ? 600 : undefined}>
          {overdueCount > 0 ? `${formatCount(overdueCount, 'invoice')} overdue` : 'Nothing overdue'}
        </Text>
      </Group>
      {recent && recent.total === 0 ? (
        <Text size="sm" c="dimmed">
          No invoices yet.
        </Text>
      ) : (
        <Table verticalSpacing={8} aria-label={`Invoices for ${companyName}`} className="lb-numeric">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th ta="right">Balance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(recent?.rows ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Link to={invoicePath(row)} className="lb-row-link">
                    {row.number ?? 'Draft'}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge invoice={row} />
                </Table.Td>
                <Table.Td>{formatCalendarDate(row.dueDate)}</Table.Td>
                <Table.Td ta="right">
                  {formatMoney({ minor: row.totalMinor, currency: row.currency })}
                </Table.Td>
                <Table.Td ta="right">
                  {row.status === 'draft' || row.status === 'void'
                    ? '—'
                    : formatMoney({ minor: row.balanceMinor, currency: row.currency })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {recent && recent.total > shown && (
        <Text size="xs" c="dimmed" mt="xs">
          The latest {shown} of {formatCount(recent.total, 'invoice')}.
        </Text>
      )}
    </Card>
  );
};
