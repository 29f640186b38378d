import { type ComboboxItem, Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

/** Picks a company by searching on the server, so it works the same with 20 companies or 20,000. */
export const CompanySelect = ({ inputProps }: { inputProps: GetInputPropsReturnType }) => {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const matches = useQuery({
    queryKey: ['companies', 'options', debounced],
    queryFn: () => invoke('companies.list', { query: debounced, limit: 20 }),
    placeholderData: keepPreviousData,
  });
  const selectedId = typeof inputProps.value === 'string' ? Number(inputProps.value) : null;
  const selected = useQuery({
    queryKey: detailKey('companies', selectedId ?? 0),
    queryFn: () => invoke('companies.get', { id: selectedId ?? 0 }),
    enabled: selectedId !== null,
  });

  const options = new Map<string, ComboboxItem>();
  if (selected.data)
    options.set(String(selected.data.id), { value: String(selected.data.id), label: selected.data.name });
  for (const row of matches.data?.rows ?? [])
    options.set(String(row.id), { value: String(row.id), label: row.name });

  return (
    <Select
      {...inputProps}
      label="Company"
      placeholder="Search companies…"
      leftSection={<IconBuilding size={16} aria-hidden />}
      data={[...options.values()]}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the text (diacritics folded); filtering again here would undo that.
      filter={({ options: found }) => found}
      nothingFoundMessage={matches.isFetching ? 'Searching…' : 'No companies match'}
      comboboxProps={{ shadow: 'md' }}
    />
  );
};
