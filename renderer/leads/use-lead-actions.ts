import type { Lead } from '../../shared/leads';
import { invoke } from '../lib/rpc';
import { useRecordMutation } from '../records/use-record-mutation';

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

export const useLeadActions = (lead: Lead) =>
  useRecordMutation({
    kind: 'leads',
    mutationFn: (action: LeadAction) => run(lead.id, action),
    savedMessage: (action) => done[action.type],
    failedTitle: 'The lead was not changed',
  });
