import { Button } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AccountStatus } from '../../shared/accounts';
import { invoke } from '../lib/rpc';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { accountColumns } from './account-columns';
import { accountPath } from './account-queries';

type StatusFilter = AccountStatus | 'all';

const statuses: Choice<StatusFilter>[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'at_risk', label: 'At risk' },
  { value: 'churned', label: 'Churned' },
];

/** Customers: every company with a won deal, how long they have been one, and what they brought in. */
export const AccountsPage = () => {
  const [status, setStatus] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const filter = { status, query };
  const rows = usePagedRows({
    queryKey: ['accounts', 'list', filter],
    fetchPage: (offset, limit) => invoke('accounts.list', { ...filter, offset, limit }),
  });

  return (
    <Page fill>
      <PageHeader title="Accounts" description="Your customers: every company you have won a deal with." />
      <ListToolbar
        search={{ plural: 'accounts', query, onSearch: setQuery }}
        filter={{ label: 'Status', data: statuses, value: status, onChange: setStatus }}
        count={{ total: rows.total, noun: 'account' }}
      />
      <RecordList
        label="Accounts"
        columns={accountColumns}
        rows={rows}
        hrefOf={accountPath}
        resetKey={JSON.stringify(filter)}
        empty={
          query || status !== 'all' ? (
            <NoMatches
              plural="accounts"
              description="No account matches this filter."
              onClear={() => {
                setQuery('');
                setStatus('all');
              }}
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
