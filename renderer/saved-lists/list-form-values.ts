import type { ListCreateInput, ListUpdateInput, SavedList, SmartFilterInput } from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import type { PreparedInput } from '../forms/form-errors';

/** One flat form for a list and its filter; the company is the select's string value. */
export interface ListFormValues extends Record<string, unknown> {
  name: string;
  recordKind: DirectoryKind;
  type: SavedList['type'];
  query: string;
  tags: string[];
  companyId: string | null;
  country: string;
}

export const listFormValues = (list: SavedList | undefined, recordKind: DirectoryKind): ListFormValues => ({
  name: list?.name ?? '',
  recordKind: list?.recordKind ?? recordKind,
  type: list?.type ?? 'static',
  query: list?.filter?.query ?? '',
  tags: [...(list?.filter?.tags ?? [])],
  companyId: list?.filter?.companyId === undefined ? null : String(list.filter.companyId),
  country: list?.filter?.country ?? '',
});

const filterOf = (values: ListFormValues): SmartFilterInput => ({
  query: values.query,
  tags: values.tags,
  ...(values.recordKind === 'contacts' && values.companyId ? { companyId: Number(values.companyId) } : {}),
  ...(values.recordKind === 'contacts' && values.country.trim() ? { country: values.country } : {}),
});

/** Paths like ["filter", "tags", 0] or ["changes", "name"] name the flat form field they came from. */
const fieldOf = (path: readonly PropertyKey[]) => {
  const inInput = path[0] === 'changes' ? path.slice(1) : path;
  const field = inInput[0] === 'filter' ? inInput[1] : inInput[0];
  return String(field ?? 'name');
};

export const prepareNewList = (values: ListFormValues): PreparedInput<ListCreateInput> => ({
  input: {
    name: values.name,
    recordKind: values.recordKind,
    filter: values.type === 'smart' ? filterOf(values) : null,
  },
  fieldOf,
});

export const prepareListChanges =
  (list: SavedList) =>
  (values: ListFormValues): PreparedInput<ListUpdateInput> => ({
    input: {
      id: list.id,
      changes: { name: values.name, ...(list.type === 'smart' ? { filter: filterOf(values) } : {}) },
    },
    fieldOf,
  });
