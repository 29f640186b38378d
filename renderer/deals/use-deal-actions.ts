import type { Deal } from '../../shared/deals';
import { invoke } from '../lib/rpc';
import { useRecordMutation } from '../records/use-record-mutation';

type DealAction =
  | { type: 'win' }
  | { type: 'lose'; reason: string }
  | { type: 'reopen' }
  | { type: 'move'; stageId: number }
  | { type: 'archive' }
  | { type: 'restore' };

const run = (id: number, action: DealAction): Promise<Deal> => {
  switch (action.type) {
    case 'win':
      return invoke('deals.win', { id });
    case 'lose':
      return invoke('deals.lose', { id, reason: action.reason });
    case 'reopen':
      return invoke('deals.reopen', { id });
    case 'move':
      return invoke('deals.move', { id, stageId: action.stageId });
    case 'archive':
      return invoke('deals.archive', { id });
    case 'restore':
      return invoke('deals.restore', { id });
  }
};

const done: Record<DealAction['type'], string> = {
  win: 'Deal won',
  lose: 'Deal marked as lost',
  reopen: 'Deal reopened',
  move: 'Stage changed',
  archive: 'Deal archived',
  restore: 'Deal restored',
};

/** The stage and lifecycle buttons of a deal's page; a refusal (say, winning without a company) is shown as is. */
export const useDealActions = (deal: Deal) =>
  useRecordMutation({
    kind: 'deals',
    mutationFn: (action: DealAction) => run(deal.id, action),
    savedMessage: (action) => done[action.type],
    failedTitle: `${deal.title} was not changed`,
  });
