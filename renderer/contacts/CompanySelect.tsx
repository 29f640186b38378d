import { type ComboboxItem, Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconBuilding } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useServerSearch } from '../forms/use-server-search';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

/** Picks a company by searching on the server, so it works the same with 20 companies or 20,000. */
export const CompanySelect = ({ inputProps }: { inputProps: GetInputPropsReturnType }) => {
  const { matches, searchProps } = useServerSearch(
    (search) => ['companies', 'options', search],
    (search) => invoke('companies.list', { query: search, limit: 20 }),
    'No companies match',
  );
  const selectedId = typeof inputProps.value === 'string' ? Number(inputProps.value) : null;
  const selected = useQuery({
    queryKey: detailKey('companies', selectedId ?? 0),
    queryFn: () => invoke('companies.get', { id: selectedId ?? 0 }),
    enabled: selectedId !== null,
  });

  const options = new Map<string, ComboboxItem>();
  if (selected.data)
    options.set(String(selected.data.id), { value: String(selected.data.id), label: selected.data.name });
  for (const row of matches?.rows ?? [])
    options.set(String(row.id), { value: String(row.id), label: row.name });

  return (
    <Select
      {...inputProps}
      label="Company"
      placeholder="Search companies…"
      leftSection={<IconBuilding size={16} aria-hidden />}
      data={[...options.values()]}
      {...searchProps}
    />
  );
};
