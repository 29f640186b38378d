import { Avatar, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { Account } from '../../shared/accounts';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate } from '../activities/calendar-date';
import { RecordTimeline } from '../activities/RecordTimeline';
import { formatCount, formatDateTime } from '../lib/format';
import { FieldList } from '../records/FieldList';
import { QueryState } from '../records/QueryState';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { AccountContacts } from './AccountContacts';
import { AccountDeals } from './AccountDeals';
import { AccountSettingsCard } from './AccountSettingsCard';
import { AccountStatusBadge } from './AccountStatusBadge';
import { useAccount } from './account-queries';

const AccountDetail = ({ account }: { account: Account }) => (
  <Page maxWidth={1160}>
    <PageHeader
      eyebrow="Account"
      title={account.companyName}
      leading={<Avatar name={account.companyName} color="initials" size={48} radius="md" aria-hidden />}
      description={
        <Group gap={8}>
          <AccountStatusBadge status={account.status} />
          <Text size="sm" c="dimmed" className="lb-numeric">
            Customer since {formatCalendarDate(account.since)} · {formatCount(account.wonDeals, 'won deal')}
            {account.wonValue.length > 0 &&
              ` · ${account.wonValue.map((money) => formatMoney(money)).join(' · ')}`}
          </Text>
        </Group>
      }
      actions={
        <Button
          component={Link}
          to={`/companies/${account.companyId}`}
          variant="default"
          leftSection={<IconBuilding size={16} aria-hidden />}
        >
          Open company
        </Button>
      }
    />
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <AccountDeals account={account} />
          <RecordTimeline of="account" id={account.id} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <AccountSettingsCard key={account.updatedAt} account={account} />
          <AccountContacts account={account} />
          <FieldList
            title="Record"
            fields={[
              { label: 'Created', value: formatDateTime(account.createdAt) },
              { label: 'Last updated', value: formatDateTime(account.updatedAt) },
            ]}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  </Page>
);

export const AccountDetailPage = () => {
  const id = Number(useParams().id);
  const { data, error } = useAccount(id);
  if (data) return <AccountDetail account={data} />;
  return <QueryState error={error} noun="Account" back={{ label: 'Back to accounts', to: '/accounts' }} />;
};
