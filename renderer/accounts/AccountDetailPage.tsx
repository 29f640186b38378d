import { Avatar, Button, Group, Text } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Account } from '../../shared/accounts';
import { formatMoney } from '../../shared/money';
import { RecordTimeline } from '../activities/RecordTimeline';
import { NewEstimateButton } from '../estimates/NewEstimateButton';
import { AccountInvoicesCard, NewAccountInvoiceButton } from '../invoices/AccountInvoicesCard';
import { formatCalendarDate, formatCount } from '../lib/format';
import { DetailColumns } from '../records/DetailColumns';
import { RecordRoute } from '../records/RecordRoute';
import { RecurringInvoicesCard } from '../schedules/RecurringInvoicesCard';
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
        <>
          <Button
            component={Link}
            to={`/companies/${account.companyId}`}
            variant="default"
            leftSection={<IconBuilding size={16} aria-hidden />}
          >
            Open company
          </Button>
          <NewEstimateButton from={{ accountId: account.id }} />
          <NewAccountInvoiceButton accountId={account.id} />
        </>
      }
    />
    <DetailColumns
      record={account}
      aside={
        <>
          <AccountSettingsCard key={account.updatedAt} account={account} />
          <AccountContacts account={account} />
        </>
      }
    >
      {/* What the customer owes comes first: it is what a consultant opens an account to see. */}
      <AccountInvoicesCard
        accountId={account.id}
        companyName={account.companyName}
        receivables={account.receivables}
      />
      <AccountDeals account={account} />
      <RecurringInvoicesCard scope={{ accountId: account.id }} />
      <RecordTimeline of="account" id={account.id} />
    </DetailColumns>
  </Page>
);

export const AccountDetailPage = () => (
  <RecordRoute useRecord={useAccount} noun="Account" back={{ label: 'Back to accounts', to: '/accounts' }}>
    {(account) => <AccountDetail account={account} />}
  </RecordRoute>
);
