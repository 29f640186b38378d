import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Account } from '../../shared/accounts';
import { formatMoney } from '../../shared/money';
import { dealPath } from '../deals/deal-queries';
import { formatCalendarDate } from '../lib/format';

const outcomeColors = { open: 'gray', won: 'green', lost: 'red' } as const;

/** Every deal with the customer: the won ones that made it an account, and what is open or was lost since. */
export const AccountDeals = ({ account }: { account: Account }) => (
  <Card withBorder radius="md" padding="lg">
    <Title order={2} fz="sm" fw={600} mb="md">
      Deals
    </Title>
    {account.deals.length === 0 ? (
      <Text size="sm" c="dimmed">
        No deals yet.
      </Text>
    ) : (
      <Table verticalSpacing={8} aria-label={`Deals with ${account.companyName}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Value</Table.Th>
            <Table.Th>Closed or expected</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {account.deals.map((deal) => {
            const date = deal.closedAt?.slice(0, 10) ?? deal.expectedCloseDate;
            return (
              <Table.Tr key={deal.id}>
                <Table.Td>
                  <Link to={dealPath(deal)} className="lb-row-link">
                    {deal.title}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" size="sm" color={outcomeColors[deal.outcome]}>
                    {deal.stageName}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" className="lb-numeric">
                  {formatMoney({ minor: deal.valueMinor, currency: deal.currency })}
                </Table.Td>
                <Table.Td className="lb-numeric">{date ? formatCalendarDate(date) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    )}
  </Card>
);
