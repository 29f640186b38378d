import { Button, NativeSelect, SegmentedControl } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ExportCsvButton } from '../exports/ExportCsvButton';
import { type Choice, ListToolbar } from '../lists/ListToolbar';
import { usePipelines } from '../pipelines/pipeline-queries';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { DealBoard } from './DealBoard';
import { DealTable } from './DealTable';
import { useDealRows } from './deal-queries';
import { type DealTableFilter, useDealsView } from './deals-view-store';

const outcomes: Choice<DealTableFilter['outcome']>[] = [
  { value: 'open', label: 'Open' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
  { value: 'all', label: 'All' },
];

/** The table's search and outcome, its count, and an export of exactly the deals it shows. */
const TableToolbar = ({ pipelineSelect, pipelineId }: { pipelineSelect: ReactNode; pipelineId?: number }) => {
  const table = useDealsView((state) => state.table);
  const setTable = useDealsView((state) => state.setTable);
  const total = useDealRows(table, pipelineId).data?.pages[0]?.total;
  return (
    <ListToolbar
      leading={pipelineSelect}
      search={{ plural: 'deals', query: table.query, onSearch: (query) => setTable({ query }) }}
      filter={{
        label: 'Outcome',
        data: outcomes,
        value: table.outcome,
        onChange: (outcome) => setTable({ outcome }),
      }}
      count={{ total, noun: 'deal' }}
      actions={
        <ExportCsvButton
          input={{ kind: 'deals', filter: { ...table, pipelineId } }}
          noun="deal"
          total={total}
        />
      }
    />
  );
};

export const DealsPage = () => {
  const { view, pipelineId, setView, setPipeline } = useDealsView();
  const pipelines = usePipelines();
  // The board always shows one pipeline; the table may show them all.
  const pipelineOptions = [
    ...(view === 'table' ? [{ value: '', label: 'All pipelines' }] : []),
    ...(pipelines.data ?? []).map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name })),
  ];
  const shownPipeline = view === 'board' ? (pipelineId ?? pipelines.data?.[0]?.id) : pipelineId;
  const pipelineSelect = (
    <NativeSelect
      aria-label="Pipeline"
      data={pipelineOptions}
      value={shownPipeline === undefined ? '' : String(shownPipeline)}
      onChange={(event) =>
        setPipeline(event.currentTarget.value ? Number(event.currentTarget.value) : undefined)
      }
      w={200}
    />
  );

  return (
    <Page fill>
      <PageHeader
        title="Deals"
        actions={
          <>
            <SegmentedControl
              aria-label="View"
              value={view}
              onChange={(value) => setView(value as 'board' | 'table')}
              data={[
                { value: 'board', label: 'Board' },
                { value: 'table', label: 'Table' },
              ]}
            />
            <Button component={Link} to="/deals/new" leftSection={<IconPlus size={16} aria-hidden />}>
              New deal
            </Button>
          </>
        }
      />
      {view === 'board' ? (
        <>
          <ListToolbar leading={pipelineSelect} />
          {pipelines.data && <DealBoard pipelineId={shownPipeline} />}
        </>
      ) : (
        <>
          <TableToolbar pipelineSelect={pipelineSelect} pipelineId={shownPipeline} />
          <DealTable pipelineId={shownPipeline} />
        </>
      )}
    </Page>
  );
};
