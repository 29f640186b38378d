import { Badge, Card, Group, Text } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../lib/format';
import { AccountStatusBadge } from './AccountStatusBadge';
import { accountPath, useCompanyAccount } from './account-queries';

/** On a company's page: whether it is a customer, and the way to its account. Nothing before the first win. */
export const CompanyAccountLink = ({ companyId }: { companyId: number }) => {
  const { data: account } = useCompanyAccount(companyId);
  if (!account) return null;
  return (
    <Card withBorder radius="md" padding="lg" component={Link} to={accountPath(account)}>
      <Group justify="space-between" mb={6}>
        <Badge variant="filled" color="green" leftSection={<IconBuildingBank size={12} aria-hidden />}>
          Account
        </Badge>
        <AccountStatusBadge status={account.status} />
      </Group>
      <Text size="sm">Customer since {formatCalendarDate(account.since)}</Text>
      <Text size="sm" c="dimmed" className="lb-numeric">
        {account.wonDeals} won {account.wonDeals === 1 ? 'deal' : 'deals'}
        {account.wonValue.length > 0 &&
          ` · ${account.wonValue.map((money) => formatMoney(money)).join(' · ')}`}
      </Text>
    </Card>
  );
};
