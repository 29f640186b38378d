import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

export const dealPath = (deal: { id: number }) => `/deals/${deal.id}`;

export const dealKey = (id: number) => ['deals', 'get', id] as const;

export const boardKey = (pipelineId: number | undefined) =>
  ['deals', 'board', pipelineId ?? 'default'] as const;

export const useDeal = (id: number) =>
  useQuery({ queryKey: dealKey(id), queryFn: () => invoke('deals.get', { id }) });

export const useBoard = (pipelineId: number | undefined) =>
  useQuery({
    queryKey: boardKey(pipelineId),
    queryFn: () => invoke('deals.board', pipelineId === undefined ? {} : { pipelineId }),
  });

export const useDealHistory = (id: number) =>
  useQuery({ queryKey: ['deals', 'history', id], queryFn: () => invoke('deals.history', { id }) });
