import { ActionIcon, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SavedList } from '../../shared/lists';
import { formatCount } from '../lib/format';
import { type Column, RecordList } from '../lists/RecordList';
import { EmptyList } from '../records/EmptyList';
import { removeMember } from './list-actions';
import { useListMembers } from './list-queries';
import type { MemberView } from './member-views';

interface MemberListProps<Row extends { id: number }> {
  list: SavedList;
  view: MemberView<Row>;
}

/** A list's members in the same virtual table as the contacts or companies screen, searchable within. */
export const MemberList = <Row extends { id: number }>({ list, view }: MemberListProps<Row>) => {
  const client = useQueryClient();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 150);
  const rows = useListMembers(list.id, query, view.rowsOf);
  const removeColumn: Column<Row> = {
    key: 'remove',
    header: '',
    minWidth: 52,
    grow: 0,
    align: 'right',
    render: (row) => (
      <Tooltip label="Remove from list" openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Remove ${view.nameOf(row)} from ${list.name}`}
          onClick={() => void removeMember(client, list, { id: row.id, name: view.nameOf(row) })}
        >
          <IconX size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    ),
  };
  const columns = list.type === 'static' ? [...view.columns, removeColumn] : view.columns;

  return (
    <>
      <Group justify="space-between" mb="sm" gap="sm">
        <TextInput
          aria-label="Search members"
          placeholder="Search members…"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          w={280}
        />
        <Text size="sm" c="dimmed" className="lb-numeric" aria-live="polite">
          {rows.total === undefined ? 'Loading…' : formatCount(rows.total, view.noun, view.plural)}
        </Text>
      </Group>
      <RecordList
        label={`Members of ${list.name}`}
        columns={columns}
        rows={rows}
        hrefOf={view.hrefOf}
        resetKey={query}
        empty={<NoMembers list={list} view={view} query={query} clear={() => setTyped('')} />}
      />
    </>
  );
};

const NoMembers = <Row extends { id: number }>({
  list,
  view,
  query,
  clear,
}: MemberListProps<Row> & { query: string; clear: () => void }) => {
  if (query) {
    return (
      <EmptyList
        icon={IconSearch}
        title="No members found"
        description={`No member of ${list.name} matches “${query}”.`}
        action={
          <Button variant="default" onClick={clear}>
            Clear search
          </Button>
        }
      />
    );
  }
  if (list.type === 'smart') {
    return (
      <EmptyList
        icon={view.icon}
        title={`No ${view.plural} match this filter right now`}
        description={`As soon as active ${view.plural} match it, they appear here by themselves.`}
        action={
          <Button component={Link} to={`/${view.kind}`} variant="default">
            Go to {view.plural}
          </Button>
        }
      />
    );
  }
  return (
    <EmptyList
      icon={view.icon}
      title="This list is empty"
      description={`On the ${view.plural} screen, tick the ${view.plural} you want and choose “Add to list”, or add everyone matching a search.`}
      action={
        <Button component={Link} to={`/${view.kind}`} variant="default">
          Go to {view.plural}
        </Button>
      }
    />
  );
};
