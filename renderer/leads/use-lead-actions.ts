import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lead } from '../../shared/leads';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { leadKey } from './lead-queries';

type LeadAction =
  | { type: 'contacted' }
  | { type: 'disqualify'; reason: string }
  | { type: 'archive' }
  | { type: 'restore' };

const run = (id: number, action: LeadAction): Promise<Lead> => {
  switch (action.type) {
    case 'contacted':
      return invoke('leads.update', { id, changes: { status: 'contacted' } });
    case 'disqualify':
      return invoke('leads.disqualify', { id, reason: action.reason });
    case 'archive':
      return invoke('leads.archive', { id });
    case 'restore':
      return invoke('leads.restore', { id });
  }
};

const done: Record<LeadAction['type'], string> = {
  contacted: 'Marked as contacted',
  disqualify: 'Lead disqualified',
  archive: 'Lead archived',
  restore: 'Lead restored',
};

export const useLeadActions = (lead: Lead) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: LeadAction) => run(lead.id, action),
    onSuccess: (saved, action) => {
      client.setQueryData(leadKey(saved.id), saved);
      invalidateKinds(client, ['leads']);
      notifications.show({ color: 'teal', message: done[action.type] });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'The lead was not changed',
        message: errorMessage(error),
        autoClose: 8000,
      }),
  });
};
