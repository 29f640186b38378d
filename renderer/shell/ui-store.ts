import { create } from 'zustand';
import type { ArchiveFilter } from '../../shared/fields';

export type ListSort = 'name' | 'recent';

interface ListView {
  query: string;
  status: ArchiveFilter;
  sort: ListSort;
  /** Where the list was scrolled to, so coming back from a record lands in the same place. */
  scrollOffset: number;
}

export type ListName = 'contacts' | 'companies';

const defaultView: ListView = { query: '', status: 'active', sort: 'name', scrollOffset: 0 };

interface UiState {
  lists: Record<ListName, ListView>;
  searchOpen: boolean;
  /** Any change to the filter starts the list again from the top. */
  setListFilter: (list: ListName, change: Partial<Omit<ListView, 'scrollOffset'>>) => void;
  rememberScroll: (list: ListName, offset: number) => void;
  setSearchOpen: (open: boolean) => void;
}

/** UI state only; records themselves live in the database and reach the screen through react-query. */
export const useUiStore = create<UiState>()((set) => ({
  lists: { contacts: defaultView, companies: defaultView },
  searchOpen: false,
  setListFilter: (list, change) =>
    set((state) => ({
      lists: { ...state.lists, [list]: { ...state.lists[list], ...change, scrollOffset: 0 } },
    })),
  rememberScroll: (list, offset) =>
    set((state) => ({ lists: { ...state.lists, [list]: { ...state.lists[list], scrollOffset: offset } } })),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
}));
