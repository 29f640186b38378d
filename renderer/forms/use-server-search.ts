import type { OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

// The server already matched the text (diacritics folded); filtering again here would undo that.
const keepServerMatches: OptionsFilter = ({ options }) => options;

/** What is typed into a select whose options the server finds, so it works the same with 20 records or 20,000. */
export const useServerSearch = <Result>(
  queryKey: (search: string) => QueryKey,
  find: (search: string) => Promise<Result>,
  nothingFound: string,
) => {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const matches = useQuery({
    queryKey: queryKey(debounced),
    queryFn: () => find(debounced),
    placeholderData: keepPreviousData,
  });
  return {
    matches: matches.data,
    /** Spread on the Select or MultiSelect. */
    searchProps: {
      searchable: true,
      clearable: true,
      searchValue: search,
      onSearchChange: setSearch,
      filter: keepServerMatches,
      nothingFoundMessage: matches.isFetching ? 'Searching…' : nothingFound,
      comboboxProps: { shadow: 'md' },
    },
  };
};
