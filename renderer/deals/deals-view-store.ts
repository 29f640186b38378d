import { create } from 'zustand';
import type { DealListInput, dealSortKeys } from '../../shared/deals';

export type DealSort = (typeof dealSortKeys)[number];

export interface DealTableFilter {
  outcome: NonNullable<DealListInput['outcome']>;
  query: string;
  sort: DealSort;
  direction: 'asc' | 'desc';
}

interface DealsView {
  view: 'board' | 'table';
  /** Undefined is the default pipeline, whichever that is. */
  pipelineId: number | undefined;
  table: DealTableFilter;
  setView: (view: 'board' | 'table') => void;
  setPipeline: (pipelineId: number | undefined) => void;
  setTable: (change: Partial<DealTableFilter>) => void;
}

/** How the deals screen was left (board or table, which pipeline, the table's filter), kept while the app runs. */
export const useDealsView = create<DealsView>()((set) => ({
  view: 'board',
  pipelineId: undefined,
  table: { outcome: 'open', query: '', sort: 'updated', direction: 'desc' },
  setView: (view) => set({ view }),
  setPipeline: (pipelineId) => set({ pipelineId }),
  setTable: (change) => set((state) => ({ table: { ...state.table, ...change } })),
}));
