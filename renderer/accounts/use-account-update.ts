import type { z } from 'zod';
import type { accountUpdateInput } from '../../shared/accounts';
import { invoke } from '../lib/rpc';
import { useRecordMutation } from '../records/use-record-mutation';

type AccountChanges = z.input<typeof accountUpdateInput>['changes'];

/** Saves one change to an account as soon as it is made; there is no separate edit form. */
export const useAccountUpdate = (id: number) =>
  useRecordMutation({
    kind: 'accounts',
    mutationFn: (changes: AccountChanges) => invoke('accounts.update', { id, changes }),
    savedMessage: () => 'Account saved',
    failedTitle: 'Not saved',
  });
