import { create } from 'zustand';
import type { LeadListInput } from '../../shared/leads';

export type LeadStatusFilter = NonNullable<LeadListInput['status']>;
export type LeadSort = NonNullable<LeadListInput['sort']>;

interface LeadsView {
  status: LeadStatusFilter;
  sort: LeadSort;
  query: string;
  scrollOffset: number;
  /** Any change to the filter starts the list again from the top. */
  setFilter: (change: Partial<Pick<LeadsView, 'status' | 'sort' | 'query'>>) => void;
  rememberScroll: (offset: number) => void;
}

/** The leads list as it was left, so coming back from a lead lands in the same place. */
export const useLeadsView = create<LeadsView>()((set) => ({
  status: 'open',
  sort: 'score',
  query: '',
  scrollOffset: 0,
  setFilter: (change) => set({ ...change, scrollOffset: 0 }),
  rememberScroll: (scrollOffset) => set({ scrollOffset }),
}));
