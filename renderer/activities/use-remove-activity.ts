import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { Activity } from '../../shared/activities';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { showUndoNotice } from '../records/notices';

/** Removing an entry archives it, with an Undo that works even after the page is gone. */
export const useRemoveActivity = () => {
  const client = useQueryClient();
  const run = async (action: 'archive' | 'restore', activity: Activity) => {
    try {
      await invoke(`activities.${action}`, { id: activity.id });
      invalidateKinds(client, ['activities']);
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: 'Nothing changed', message: errorMessage(error) });
      return false;
    }
  };
  return async (activity: Activity) => {
    if (!(await run('archive', activity))) return;
    showUndoNotice({
      id: `activity-removed-${activity.id}`,
      autoClose: 10_000,
      title: 'Removed from the timeline',
      text: activity.subject || activity.body,
      onUndo: () => void run('restore', activity),
    });
  };
};
