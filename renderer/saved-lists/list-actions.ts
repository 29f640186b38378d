import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { SavedList } from '../../shared/lists';
import { invalidateKinds } from '../app/query-client';
import { invoke } from '../lib/rpc';
import { notifyFailure, showUndoNotice } from '../records/notices';
import { applySaved } from '../records/record-actions';

const archivedNotice = (id: number) => `archived-list-${id}`;

/** Plain functions rather than hooks, so Undo still works after the page that archived is gone. */
export const restoreList = async (client: QueryClient, id: number) => {
  notifications.hide(archivedNotice(id));
  try {
    applySaved(client, 'lists', await invoke('lists.restore', { id }));
    notifications.show({ color: 'teal', message: 'List restored' });
  } catch (error) {
    notifyFailure('List was not restored', error);
  }
};

export const archiveList = async (client: QueryClient, list: SavedList) => {
  try {
    applySaved(client, 'lists', await invoke('lists.archive', { id: list.id }));
  } catch (error) {
    notifyFailure('List was not archived', error);
    return;
  }
  showUndoNotice({
    id: archivedNotice(list.id),
    autoClose: 10_000,
    title: 'List archived',
    text: `${list.name} is hidden from your lists.`,
    onUndo: () => void restoreList(client, list.id),
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
    notifyFailure('Not removed', error);
    return;
  }
  showUndoNotice({
    id: `removed-${list.id}-${record.id}`,
    title: `Removed from ${list.name}`,
    text: record.name,
    onUndo: () => put('lists.addMembers').catch((error: unknown) => notifyFailure('Not put back', error)),
  });
};
