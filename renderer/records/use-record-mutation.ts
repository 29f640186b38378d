import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordKind } from '../../shared/workspace';
import { notifyFailure } from './notices';
import { applySaved } from './record-actions';

interface RecordMutationOptions<Change, Saved extends { id: number }> {
  kind: RecordKind;
  mutationFn: (change: Change) => Promise<Saved>;
  /** What the confirmation says, for the change that was made. */
  savedMessage: (change: Change) => string;
  /** The heading of the notice when the server refuses; its message says why, as the server put it. */
  failedTitle: string;
}

/** One change to a record from its page: the page shows the result at once, and the outcome is announced. */
export const useRecordMutation = <Change, Saved extends { id: number }>({
  kind,
  mutationFn,
  savedMessage,
  failedTitle,
}: RecordMutationOptions<Change, Saved>) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved, change) => {
      applySaved(client, kind, saved);
      notifications.show({ color: 'teal', message: savedMessage(change) });
    },
    onError: (error) => notifyFailure(failedTitle, error),
  });
};
