import { Button, Group, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePipelines } from '../pipelines/pipeline-queries';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { DealBoard } from './DealBoard';
import { DealTable } from './DealTable';
import { type DealTableFilter, useDealsView } from './deals-view-store';

const outcomes: { value: DealTableFilter['outcome']; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
  { value: 'all', label: 'All' },
];

const TableFilters = () => {
  const table = useDealsView((state) => state.table);
  const setTable = useDealsView((state) => state.setTable);
  const [typed, setTyped] = useState(table.query);
  const applyQuery = useDebouncedCallback((query: string) => setTable({ query }), 200);
  return (
    <>
      <TextInput
        aria-label="Search deals"
        placeholder="Search deals…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={typed}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          applyQuery(event.currentTarget.value);
        }}
        w={240}
      />
      <SegmentedControl
        aria-label="Outcome"
        data={outcomes}
        value={table.outcome}
        onChange={(outcome) => setTable({ outcome: outcome as DealTableFilter['outcome'] })}
      />
    </>
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
      <Group gap="sm" mb="sm">
        <NativeSelect
          aria-label="Pipeline"
          data={pipelineOptions}
          value={shownPipeline === undefined ? '' : String(shownPipeline)}
          onChange={(event) =>
            setPipeline(event.currentTarget.value ? Number(event.currentTarget.value) : undefined)
          }
          w={200}
        />
        {view === 'table' && <TableFilters />}
      </Group>
      {view === 'board' ? (
        pipelines.data && <DealBoard pipelineId={shownPipeline} />
      ) : (
        <DealTable pipelineId={shownPipeline} />
      )}
    </Page>
  );
};
