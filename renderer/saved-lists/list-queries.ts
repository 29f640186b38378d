import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ArchiveFilter } from '../../shared/fields';
import type { ListMembers } from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import { invoke } from '../lib/rpc';
import { type PagedRows, usePagedRows } from '../lists/use-paged-rows';
import { detailKey } from '../records/record-actions';

/** Every lists query starts with 'lists', so one `records.changed` for lists (or contacts, companies) refreshes them. */
export const useSavedLists = (status: ArchiveFilter, recordKind?: DirectoryKind) =>
  useQuery({
    queryKey: ['lists', 'list', status, recordKind ?? 'all'],
    queryFn: () => invoke('lists.list', { status, recordKind }),
  });

export const useSavedList = (id: number) =>
  useQuery({ queryKey: detailKey('lists', id), queryFn: () => invoke('lists.get', { id }) });

export const useListMembers = <Row>(
  listId: number,
  query: string,
  pick: (page: ListMembers) => { rows: Row[]; total: number },
) =>
  usePagedRows({
    queryKey: ['lists', 'members', listId, query],
    fetchPage: async (offset, limit) => pick(await invoke('lists.members', { listId, query, offset, limit })),
  });

const showAll = () => {};

/** A short list loaded whole, shown through the same virtual table as the paged ones. */
export const wholeRows = <Row>(query: UseQueryResult<Row[]>): PagedRows<Row> => ({
  total: query.data?.length,
  rowAt: (index) => query.data?.[index],
  error: query.error,
  retry: () => void query.refetch(),
  showRows: showAll,
});
