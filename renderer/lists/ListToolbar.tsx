import { Group, NativeSelect, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ArchiveFilter } from '../../shared/fields';
import { ListCsvActions } from '../exports/ListCsvActions';
import { formatCount } from '../lib/format';
import { type ListName, type ListSort, useUiStore } from '../shell/ui-store';

interface ListToolbarProps {
  list: ListName;
  /** For the search box and the count: "contact", "contacts". */
  noun: string;
  plural: string;
  total: number | undefined;
}

const statuses: { value: ArchiveFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

const sorts: { value: ListSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'recent', label: 'Recently added' },
];

/** Search, status and sort for a record list; the filter lives in the UI store so it survives navigation. */
export const ListToolbar = ({ list, noun, plural, total }: ListToolbarProps) => {
  const view = useUiStore((state) => state.lists[list]);
  const setFilter = useUiStore((state) => state.setListFilter);
  const [typed, setTyped] = useState(view.query);
  const applyQuery = useDebouncedCallback((query: string) => setFilter(list, { query }), 150);
  // Follow the store when the filter is cleared from elsewhere (the empty state's "Clear filters").
  useEffect(() => setTyped((current) => (current === view.query ? current : view.query)), [view.query]);

  return (
    <Group justify="space-between" mb="sm" gap="sm">
      <Group gap="sm">
        <TextInput
          aria-label={`Search ${plural}`}
          placeholder={`Search ${plural}…`}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            applyQuery(event.currentTarget.value);
          }}
          w={280}
        />
        <SegmentedControl
          aria-label="Status"
          data={statuses}
          value={view.status}
          onChange={(status) => setFilter(list, { status: status as ArchiveFilter })}
          size="sm"
        />
        <NativeSelect
          aria-label="Sort"
          data={sorts}
          value={view.sort}
          onChange={(event) => setFilter(list, { sort: event.currentTarget.value as ListSort })}
          w={196}
          leftSection={
            <Text size="xs" c="dimmed" aria-hidden>
              Sort
            </Text>
          }
          leftSectionWidth={44}
        />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite" style={{ flexShrink: 0 }}>
          {total === undefined ? 'Loading…' : formatCount(total, noun, plural)}
        </Text>
        <ListCsvActions list={list} noun={noun} plural={plural} total={total} />
      </Group>
    </Group>
  );
};
