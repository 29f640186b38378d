import { type ComboboxItem, Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { CatalogItem } from '../../shared/catalog';
import { formatMoney } from '../../shared/money';
import { useServerSearch } from '../forms/use-server-search';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';
import { unitText } from './catalog-queries';

interface CatalogItemSelectProps extends Pick<SelectProps, 'label' | 'aria-label' | 'placeholder'> {
  /** The picked item's id as text, or null for a line typed by hand. */
  value: string | null;
  /** The deal's currency: items priced in another one are shown but cannot be picked. */
  currency: string;
  onPick: (item: CatalogItem | null) => void;
}

const priceText = (item: CatalogItem) =>
  `${formatMoney({ minor: item.unitPriceMinor, currency: item.currency })}${item.unitType === 'fixed' ? ' fixed' : ` per ${unitText(item).toLowerCase()}`}`;

/** Picks a catalog item by searching its name on the server; the line then copies what the item holds. */
export const CatalogItemSelect = ({ value, currency, onPick, ...props }: CatalogItemSelectProps) => {
  const { matches, searchProps } = useServerSearch(
    (search) => ['catalog', 'options', search],
    (search) => invoke('catalog.list', { query: search, limit: 20 }),
    'No catalog items match',
  );
  const selectedId = value === null ? null : Number(value);
  const selected = useQuery({
    queryKey: detailKey('catalog', selectedId ?? 0),
    queryFn: () => invoke('catalog.get', { id: selectedId ?? 0 }),
    enabled: selectedId !== null,
  });

  const items = new Map<string, CatalogItem>();
  if (selected.data) items.set(String(selected.data.id), selected.data);
  for (const row of matches?.rows ?? []) items.set(String(row.id), row);
  const options: ComboboxItem[] = [...items.values()].map((item) => ({
    value: String(item.id),
    label: item.name,
    disabled: item.currency !== currency && String(item.id) !== value,
  }));
  const picked = value === null ? undefined : items.get(value);
  const mismatch = picked && picked.currency !== currency;

  return (
    <Select
      {...props}
      value={value}
      data={options}
      leftSection={<IconPackage size={16} aria-hidden />}
      {...searchProps}
      onChange={(id) => onPick(id === null ? null : (items.get(id) ?? null))}
      error={mismatch ? `Priced in ${picked.currency}; this deal is in ${currency}` : undefined}
      renderOption={({ option }) => {
        const item = items.get(option.value);
        if (!item) return option.label;
        return (
          <Stack gap={0}>
            <Text size="sm">{item.name}</Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed" className="lb-numeric">
                {priceText(item)}
              </Text>
              {item.currency !== currency && (
                <Text size="xs" c="orange.8">
                  · other currency
                </Text>
              )}
            </Group>
          </Stack>
        );
      }}
    />
  );
};
