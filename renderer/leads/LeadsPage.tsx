import { Button, Group, NativeSelect, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTargetArrow } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../lib/format';
import { invoke } from '../lib/rpc';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { leadColumns } from './lead-columns';
import { leadPath } from './lead-queries';
import { type LeadSort, type LeadStatusFilter, useLeadsView } from './leads-view-store';

const statuses: { value: LeadStatusFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'new', label: 'New' },
  { value: 'contacted', label: 'Contacted' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'disqualified', label: 'Disqualified' },
  { value: 'all', label: 'All' },
];

const sorts: { value: LeadSort; label: string }[] = [
  { value: 'score', label: 'Best score' },
  { value: 'recent', label: 'Recently added' },
  { value: 'name', label: 'Name' },
];

const LeadsToolbar = ({ total }: { total: number | undefined }) => {
  const view = useLeadsView();
  const [typed, setTyped] = useState(view.query);
  const applyQuery = useDebouncedCallback((query: string) => view.setFilter({ query }), 200);
  // Follow the query when it is changed from elsewhere (the empty state's "Clear filters").
  useEffect(() => setTyped((current) => (current === view.query ? current : view.query)), [view.query]);
  return (
    <Group justify="space-between" mb="sm" gap="sm">
      <Group gap="sm">
        <TextInput
          aria-label="Search leads"
          placeholder="Search leads…"
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
          value={view.status}
          onChange={(status) => view.setFilter({ status: status as LeadStatusFilter })}
        />
        <NativeSelect
          aria-label="Sort"
          data={sorts}
          value={view.sort}
          onChange={(event) => view.setFilter({ sort: event.currentTarget.value as LeadSort })}
          w={180}
          leftSection={
            <Text size="xs" c="dimmed" aria-hidden>
              Sort
            </Text>
          }
          leftSectionWidth={44}
        />
      </Group>
      <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
        {total === undefined ? 'Loading…' : formatCount(total, 'lead')}
      </Text>
    </Group>
  );
};

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
      <LeadsToolbar total={rows.total} />
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
            <EmptyList
              icon={IconSearch}
              title="No leads found"
              description={query ? `Nothing matches “${query}”.` : 'No leads have this status.'}
              action={
                <Button variant="default" onClick={() => setFilter({ query: '', status: 'open' })}>
                  Clear filters
                </Button>
              }
            />
          )
        }
      />
    </Page>
  );
};
