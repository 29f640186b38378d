import { Badge, Group, ThemeIcon } from '@mantine/core';
import { IconList, IconSparkles } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SavedList } from '../../shared/lists';
import { formatDateTime, formatNumber } from '../lib/format';
import { textColumn } from '../lists/columns';
import type { Column } from '../lists/RecordList';

export const listPath = (list: { id: number }) => `/lists/${list.id}`;

export const kindLabels = { contacts: 'Contacts', companies: 'Companies' } as const;

export const ListTypeBadge = ({ type }: { type: SavedList['type'] }) =>
  type === 'smart' ? (
    <Badge variant="light" color="violet" size="sm" leftSection={<IconSparkles size={11} aria-hidden />}>
      Smart
    </Badge>
  ) : (
    <Badge variant="light" color="gray" size="sm">
      Static
    </Badge>
  );

export const listColumns: Column<SavedList>[] = [
  {
    key: 'name',
    header: 'Name',
    minWidth: 220,
    grow: 2.2,
    render: (list) => (
      <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
        <ThemeIcon size={26} radius="sm" variant="light" color={list.type === 'smart' ? 'violet' : 'gray'}>
          {list.type === 'smart' ? (
            <IconSparkles size={15} aria-hidden />
          ) : (
            <IconList size={15} aria-hidden />
          )}
        </ThemeIcon>
        <Link to={listPath(list)} className="lb-row-link lb-truncate">
          {list.name}
        </Link>
        {list.archivedAt && (
          <Badge size="xs" variant="light" color="yellow" style={{ flexShrink: 0 }}>
            Archived
          </Badge>
        )}
      </Group>
    ),
  },
  textColumn({
    key: 'kind',
    header: 'Holds',
    minWidth: 110,
    grow: 0.9,
    text: (list) => kindLabels[list.recordKind],
  }),
  {
    key: 'type',
    header: 'Type',
    minWidth: 100,
    grow: 0.8,
    render: (list) => <ListTypeBadge type={list.type} />,
  },
  textColumn({
    key: 'members',
    header: 'Members',
    minWidth: 100,
    grow: 0.7,
    align: 'right',
    text: (list) => formatNumber(list.memberCount),
    numeric: true,
  }),
  textColumn({
    key: 'updated',
    header: 'Last changed',
    minWidth: 170,
    grow: 1.1,
    text: (list) => formatDateTime(list.updatedAt),
    dimmed: true,
  }),
];
