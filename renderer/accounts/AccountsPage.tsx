import { Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconBuildingBank, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AccountStatus } from '../../shared/accounts';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { accountColumns } from './account-columns';
import { accountPath } from './account-queries';

type StatusFilter = AccountStatus | 'all';

const statuses: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'at_risk', label: 'At risk' },
  { value: 'churned', label: 'Churned' },
];

/** Customers: every company with a won deal, how long they have been one, and what they brought in. */
export const AccountsPage = () => {
  const [status, setStatus] = useState<StatusFilter>('all');
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const applyQuery = useDebouncedCallback(setQuery, 200);
  const filter = { status, query };
  const rows = usePagedRows({
    queryKey: ['accounts', 'list', filter],
    fetchPage: (offset, limit) => invoke('accounts.list', { ...filter, offset, limit }),
  });

  return (
    <Page fill>
      <PageHeader title="Accounts" description="Your customers: every company you have won a deal with." />
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <TextInput
            aria-label="Search accounts"
            placeholder="Search accounts…"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              applyQuery(event.currentTarget.value);
            }}
            w={240}
          />
          <SegmentedControl
            aria-label="Status"
            data={statuses}
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
          />
        </Group>
        <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
          {rows.total === undefined ? 'Loading…' : formatCount(rows.total, 'account')}
        </Text>
      </Group>
      <RecordList
        label="Accounts"
        columns={accountColumns}
        rows={rows}
        hrefOf={accountPath}
        resetKey={JSON.stringify(filter)}
        empty={
          query || status !== 'all' ? (
            <EmptyList
              icon={IconSearch}
              title="No accounts found"
              description="No account matches this filter."
              action={
                <Button
                  variant="default"
                  onClick={() => {
                    setTyped('');
                    setQuery('');
                    setStatus('all');
                  }}
                >
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyList
              icon={IconBuildingBank}
              title="No customers yet"
              description="When you win a deal, its company becomes an account here, with its whole history."
              action={
                <Button component={Link} to="/deals" variant="default">
                  Go to deals
                </Button>
              }
            />
          )
        }
      />
    </Page>
  );
};
