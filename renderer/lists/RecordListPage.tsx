import { Button } from '@mantine/core';
import { type Icon, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArchiveFilter, Page as RowPage } from '../../shared/fields';
import { ListCsvActions } from '../exports/ListCsvActions';
import { EmptyList, NoMatches } from '../records/EmptyList';
import { Page } from '../shell/Page';
import { PageHeader } from '../shell/PageHeader';
import { type ListName, type ListSort, useUiStore } from '../shell/ui-store';
import { type Choice, ListToolbar } from './ListToolbar';
import { type Column, RecordList } from './RecordList';
import { usePagedRows } from './use-paged-rows';

interface ListFilter {
  query: string;
  status: ArchiveFilter;
  sort: ListSort;
}

const statuses: Choice<ArchiveFilter>[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

const sorts: Choice<ListSort>[] = [
  { value: 'name', label: 'Name' },
  { value: 'recent', label: 'Recently added' },
];

interface RecordListPageProps<Row extends { id: number }> {
  list: ListName;
  title: string;
  /** Lower case: "contact", "contacts". */
  noun: string;
  plural: string;
  icon: Icon;
  /** What the empty list invites people to add, in a sentence. */
  emptyHint: string;
  columns: Column<Row>[];
  hrefOf: (row: Row) => string;
  fetchPage: (filter: ListFilter, offset: number, limit: number) => Promise<RowPage<Row>>;
  /** More page actions, shown before "New …" (e.g. adding rows to a list). */
  actions?: ReactNode;
}

/** A whole list screen (contacts, companies...): heading, toolbar, virtual table and empty states. */
export const RecordListPage = <Row extends { id: number }>(props: RecordListPageProps<Row>) => {
  const { list, title, noun, plural, icon, emptyHint, columns, hrefOf, fetchPage, actions } = props;
  const view = useUiStore((state) => state.lists[list]);
  const setFilter = useUiStore((state) => state.setListFilter);
  const rememberScroll = useUiStore((state) => state.rememberScroll);
  const filter: ListFilter = { query: view.query, status: view.status, sort: view.sort };
  const rows = usePagedRows({
    queryKey: [list, 'list', filter],
    fetchPage: (offset, limit) => fetchPage(filter, offset, limit),
  });
  const filtered = filter.query !== '' || filter.status !== 'active';
  // One "New ..." button at a time: the empty state carries it when there is nothing yet.
  const firstRun = rows.total === 0 && !filtered;
  const newButton = (
    <Button component={Link} to={`/${list}/new`} leftSection={<IconPlus size={16} aria-hidden />}>
      New {noun}
    </Button>
  );

  return (
    <Page fill>
      <PageHeader
        title={title}
        actions={
          firstRun ? undefined : (
            <>
              {actions}
              {newButton}
            </>
          )
        }
      />
      <ListToolbar
        search={{ plural, query: view.query, onSearch: (query) => setFilter(list, { query }), width: 280 }}
        filter={{
          label: 'Status',
          data: statuses,
          value: view.status,
          onChange: (status) => setFilter(list, { status }),
        }}
        sort={{ data: sorts, value: view.sort, onChange: (sort) => setFilter(list, { sort }), width: 196 }}
        count={{ total: rows.total, noun, plural }}
        actions={<ListCsvActions list={list} noun={noun} plural={plural} total={rows.total} />}
      />
      <RecordList
        label={title}
        columns={columns}
        rows={rows}
        hrefOf={hrefOf}
        resetKey={JSON.stringify(filter)}
        initialOffset={view.scrollOffset}
        onLeave={(offset) => rememberScroll(list, offset)}
        empty={
          firstRun ? (
            <EmptyList icon={icon} title={`No ${plural} yet`} description={emptyHint} action={newButton} />
          ) : (
            <NoMatches
              plural={plural}
              description={
                filter.query
                  ? `Nothing matches “${filter.query}” among ${filter.status === 'all' ? 'all' : filter.status} ${plural}.`
                  : `There are no ${filter.status} ${plural}.`
              }
              onClear={() => setFilter(list, { query: '', status: 'active' })}
            />
          )
        }
      />
    </Page>
  );
};
