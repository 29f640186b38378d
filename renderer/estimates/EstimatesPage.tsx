import { Button } from '@mantine/core';
import { IconFileDescription, IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { type EstimateRow, estimateStatuses } from '../../shared/estimates';
import { invoke } from '../lib/rpc';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { RecordList } from '../lists/RecordList';
import { usePagedRows } from '../lists/use-paged-rows';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { estimateColumns } from './estimate-columns';
import { estimateStatusLabels } from './estimate-labels';
import { estimatePath, useCreateEstimate } from './estimate-queries';

type StatusFilter = 'all' | (typeof estimateStatuses)[number];

const statuses: Choice<StatusFilter>[] = [
  { value: 'all', label: 'All' },
  ...estimateStatuses.map((status) => ({
    value: status,
    label: status === 'draft' ? 'Drafts' : estimateStatusLabels[status],
  })),
];

/** The filter lives in the address (#/estimates?status=expired), so the back button lands on the same list. */
const useEstimateFilter = () => {
  const [params, setParams] = useSearchParams();
  const status = statuses.find((choice) => choice.value === params.get('status'))?.value ?? 'all';
  const query = params.get('q') ?? '';
  const set = (next: { status: StatusFilter; query: string }) => {
    const written = new URLSearchParams();
    if (next.status !== 'all') written.set('status', next.status);
    if (next.query !== '') written.set('q', next.query);
    setParams(written, { replace: true });
  };
  return { status, query, set };
};

export const EstimatesPage = () => {
  const { status, query, set } = useEstimateFilter();
  const input = { status, query };
  const rows = usePagedRows<EstimateRow>({
    queryKey: ['estimates', 'list', input],
    fetchPage: (offset, limit) => invoke('estimates.list', { ...input, offset, limit }),
  });
  const create = useCreateEstimate();
  const firstRun = rows.total === 0 && status === 'all' && query === '';
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
    >
      New estimate
    </Button>
  );
  const among =
    status === 'all' ? 'any estimate' : `the ${estimateStatusLabels[status].toLowerCase()} estimates`;

  return (
    <Page fill>
      <PageHeader title="Estimates" actions={!firstRun && newButton} />
      <ListToolbar
        search={{ plural: 'estimates', query, onSearch: (next) => set({ status, query: next }), width: 260 }}
        filter={{
          label: 'Status',
          data: statuses,
          value: status,
          onChange: (next) => set({ status: next, query }),
        }}
        count={{ total: rows.total, noun: 'estimate' }}
      />
      <RecordList
        label="Estimates"
        columns={estimateColumns}
        rows={rows}
        hrefOf={estimatePath}
        resetKey={JSON.stringify(input)}
        empty={
          firstRun ? (
            <EmptyList
              icon={IconFileDescription}
              title="No estimates yet"
              description="Quote a piece of work from your catalog. An estimate gets its number when you send it; once the client approves, turn it into an invoice in one click."
              action={newButton}
            />
          ) : (
            <NoMatches
              plural="estimates"
              description={
                query
                  ? `Nothing matches “${query}” among ${among}.`
                  : `There are no ${among.replace('the ', '')}.`
              }
              onClear={() => set({ status: 'all', query: '' })}
            />
          )
        }
      />
    </Page>
  );
};
