import { Button } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { Link } from 'react-router';
import { invoke } from '../lib/rpc';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { leadColumns } from './lead-columns';
import { leadPath } from './lead-queries';
import { type LeadSort, type LeadStatusFilter, useLeadsView } from './leads-view-store';

const statuses: Choice<LeadStatusFilter>[] = [
  { value: 'open', label: 'Open' },
  { value: 'new', label: 'New' },
  { value: 'contacted', label: 'Contacted' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'disqualified', label: 'Disqualified' },
  { value: 'all', label: 'All' },
];

const sorts: Choice<LeadSort>[] = [
  { value: 'score', label: 'Best score' },
  { value: 'recent', label: 'Recently added' },
  { value: 'name', label: 'Name' },
];

export const LeadsPage = () => {
  const { status, sort, query, scrollOffset, setFilter, rememberScroll } = useLeadsView();
  const filter = { status, sort, query };
  const rows = usePagedRows({
    queryKey: ['leads', 'list', filter],
    fetchPage: (offset, limit) => invoke('leads.list', { ...filter, offset, limit }),
  });
  const firstRun = rows.total === 0 && query === '' && status === 'open';
  const newButton = (
    <Button component={Link} to="/leads/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New lead
    </Button>
  );

  return (
    <Page fill>
      <PageHeader title="Leads" actions={firstRun ? undefined : newButton} />
      <ListToolbar
        search={{ plural: 'leads', query, onSearch: (value) => setFilter({ query: value }) }}
        filter={{
          label: 'Status',
          data: statuses,
          value: status,
          onChange: (value) => setFilter({ status: value }),
        }}
        sort={{ data: sorts, value: sort, onChange: (value) => setFilter({ sort: value }) }}
        count={{ total: rows.total, noun: 'lead' }}
      />
      <RecordList
        label="Leads"
        columns={leadColumns}
        rows={rows}
        hrefOf={leadPath}
        resetKey={JSON.stringify(filter)}
        initialOffset={scrollOffset}
        onLeave={rememberScroll}
        empty={
          firstRun ? (
            <EmptyList
              icon={IconTargetArrow}
              title="No open leads"
              description="Add enquiries as they arrive; each gets a score so you know which to call first."
              action={newButton}
            />
          ) : (
            <NoMatches
              plural="leads"
              description={query ? `Nothing matches “${query}”.` : 'No leads have this status.'}
              onClear={() => setFilter({ query: '', status: 'open' })}
            />
          )
        }
      />
    </Page>
  );
};
