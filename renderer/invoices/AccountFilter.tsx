import { type ComboboxItem, Select } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useServerSearch } from '../forms/use-server-search';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

interface AccountFilterProps {
  accountId: number | null;
  onChange: (accountId: number | null) => void;
}

/** Narrows the list to one customer account, found by searching on the server. */
export const AccountFilter = ({ accountId, onChange }: AccountFilterProps) => {
  const { matches, searchProps } = useServerSearch(
    (search) => ['accounts', 'options', search],
    (search) => invoke('accounts.list', { query: search, limit: 20 }),
    'No accounts match',
  );
  const selected = useQuery({
    queryKey: detailKey('accounts', accountId ?? 0),
    queryFn: () => invoke('accounts.get', { id: accountId ?? 0 }),
    enabled: accountId !== null,
  });
  const options = new Map<string, ComboboxItem>();
  if (accountId !== null && selected.data)
    options.set(String(accountId), { value: String(accountId), label: selected.data.companyName });
  for (const row of matches?.rows ?? [])
    options.set(String(row.id), { value: String(row.id), label: row.companyName });

  return (
    <Select
      aria-label="Account"
      placeholder="All accounts"
      leftSection={<IconBuildingBank size={16} aria-hidden />}
      data={[...options.values()]}
      value={accountId === null ? null : String(accountId)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      w={210}
      {...searchProps}
    />
  );
};
