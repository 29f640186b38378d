import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { SavedList } from '../../shared/lists';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { listKey } from './list-queries';

const applied = (client: QueryClient, list: SavedList) => {
  client.setQueryData(listKey(list.id), list);
  invalidateKinds(client, ['lists']);
};

const failed = (title: string, error: unknown) =>
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });

const archivedNotice = (id: number) => `archived-list-${id}`;

/** Plain functions rather than hooks, so Undo still works after the page that archived is gone. */
export const restoreList = async (client: QueryClient, id: number) => {
  notifications.hide(archivedNotice(id));
  try {
    applied(client, await invoke('lists.restore', { id }));
    notifications.show({ color: 'teal', message: 'List restored' });
  } catch (error) {
    failed('List was not restored', error);
  }
};

export const archiveList = async (client: QueryClient, list: SavedList) => {
  try {
    applied(client, await invoke('lists.archive', { id: list.id }));
  } catch (error) {
    failed('List was not archived', error);
    return;
  }
  notifications.show({
    id: archivedNotice(list.id),
    autoClose: 10_000,
    title: 'List archived',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" truncate>
          {list.name} is hidden from your lists.
        </Text>
        <Button size="compact-sm" variant="light" onClick={() => void restoreList(client, list.id)}>
          Undo
        </Button>
      </Group>
    ),
  });
};

/** Takes one record out of a static list, with Undo putting it back. */
export const removeMember = async (
  client: QueryClient,
  list: SavedList,
  record: { id: number; name: string },
) => {
  const put = async (action: 'lists.addMembers' | 'lists.removeMembers') => {
    await invoke(action, { listId: list.id, recordIds: [record.id] });
    invalidateKinds(client, ['lists']);
  };
  try {
    await put('lists.removeMembers');
  } catch (error) {
    failed('Not removed', error);
    return;
  }
  const id = `removed-${list.id}-${record.id}`;
  notifications.show({
    id,
    title: `Removed from ${list.name}`,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" truncate>
          {record.name}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            put('lists.addMembers').catch((error: unknown) => failed('Not put back', error));
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
};
