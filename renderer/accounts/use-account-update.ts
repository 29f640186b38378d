import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { accountUpdateInput } from '../../shared/accounts';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { accountKey } from './account-queries';

type AccountChanges = z.input<typeof accountUpdateInput>['changes'];

/** Saves one change to an account as soon as it is made; there is no separate edit form. */
export const useAccountUpdate = (id: number) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: AccountChanges) => invoke('accounts.update', { id, changes }),
    onSuccess: (saved) => {
      client.setQueryData(accountKey(saved.id), saved);
      invalidateKinds(client, ['accounts']);
      notifications.show({ color: 'teal', message: 'Account saved' });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error), autoClose: 8000 }),
  });
};
