import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';
import type { DealTableFilter } from './deals-view-store';

export const dealPath = (deal: { id: number }) => `/deals/${deal.id}`;

export const boardKey = (pipelineId: number | undefined) =>
  ['deals', 'board', pipelineId ?? 'default'] as const;

export const useDeal = (id: number) =>
  useQuery({ queryKey: detailKey('deals', id), queryFn: () => invoke('deals.get', { id }) });

export const useBoard = (pipelineId: number | undefined) =>
  useQuery({
    queryKey: boardKey(pipelineId),
    queryFn: () => invoke('deals.board', pipelineId === undefined ? {} : { pipelineId }),
  });

export const useDealHistory = (id: number) =>
  useQuery({ queryKey: ['deals', 'history', id], queryFn: () => invoke('deals.history', { id }) });

export const dealPageSize = 100;

/** The table's deals, a page at a time; the toolbar's count and the table share this one query. */
export const useDealRows = (filter: DealTableFilter, pipelineId: number | undefined) =>
  useInfiniteQuery({
    queryKey: ['deals', 'list', filter, pipelineId ?? 'all'],
    queryFn: ({ pageParam }) =>
      invoke('deals.list', { ...filter, pipelineId, offset: pageParam, limit: dealPageSize }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
