import { Group, NativeSelect, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { formatCount } from '../lib/format';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

interface Choices<Value extends string> {
  data: Choice<Value>[];
  value: Value;
  onChange: (value: Value) => void;
}

interface SearchProps {
  /** The records searched, for the box's name: "Search contacts". */
  plural: string;
  query: string;
  onSearch: (query: string) => void;
  width?: number;
}

interface ListToolbarProps<Filter extends string, Sort extends string> {
  /** Controls before the search box, such as the deals table's pipeline. */
  leading?: ReactNode;
  search?: SearchProps;
  /** The segmented filter; its label ("Status", "Outcome") is its accessible name. */
  filter?: Choices<Filter> & { label: string };
  sort?: Choices<Sort> & { width?: number };
  /** How many rows the list holds; a total of undefined reads "Loading…". */
  count?: { total: number | undefined; noun: string; plural?: string };
  /** Shown after the count, e.g. import and export. */
  actions?: ReactNode;
}

/** Types freely, applies the query after a pause, and follows it when it is cleared from elsewhere. */
const SearchInput = ({ plural, query, onSearch, width = 240 }: SearchProps) => {
  const [typed, setTyped] = useState(query);
  const applyQuery = useDebouncedCallback(onSearch, 150);
  useEffect(() => setTyped((current) => (current === query ? current : query)), [query]);
  return (
    <TextInput
      aria-label={`Search ${plural}`}
      placeholder={`Search ${plural}…`}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        applyQuery(event.currentTarget.value);
      }}
      w={width}
    />
  );
};

/** The row above every record list: search, a segmented filter and sort on the left, the count on the right. */
export const ListToolbar = <Filter extends string, Sort extends string>(
  props: ListToolbarProps<Filter, Sort>,
) => {
  const { leading, search, filter, sort, count, actions } = props;
  return (
    <Group justify="space-between" mb="sm" gap="sm">
      <Group gap="sm">
        {leading}
        {search && <SearchInput {...search} />}
        {filter && (
          <SegmentedControl
            aria-label={filter.label}
            data={filter.data}
            value={filter.value}
            onChange={(value) => filter.onChange(value as Filter)}
          />
        )}
        {sort && (
          <NativeSelect
            aria-label="Sort"
            data={sort.data}
            value={sort.value}
            onChange={(event) => sort.onChange(event.currentTarget.value as Sort)}
            w={sort.width ?? 180}
            leftSection={
              <Text size="xs" c="dimmed" aria-hidden>
                Sort
              </Text>
            }
            leftSectionWidth={44}
          />
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {count && (
          <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite" style={{ flexShrink: 0 }}>
            {count.total === undefined ? 'Loading…' : formatCount(count.total, count.noun, count.plural)}
          </Text>
        )}
        {actions}
      </Group>
    </Group>
  );
};
