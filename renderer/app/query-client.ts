import { type QueryClient as Client, QueryClient } from '@tanstack/react-query';
import type { RecordKind } from '../../shared/workspace';
import { RpcFailure } from '../lib/rpc';

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // Change events keep data fresh; the window-focus refetch is only a safety net.
        staleTime: 30_000,
        retry: (failures, error) =>
          failures < 1 && !(error instanceof RpcFailure && error.error.code !== 'internal'),
      },
    },
  });

/**
 * Company rows carry contact counts and contact rows carry company names, so each kind touches both;
 * lists show both, and a smart list's members follow every change to them.
 */
const alsoAffected: Partial<Record<RecordKind, RecordKind[]>> = {
  contacts: ['companies', 'lists'],
  companies: ['contacts', 'lists'],
  // A deal's stage changes show in timelines and a won deal makes its company an account; qualifying a lead
  // files a contact, a company and a deal; logging activity moves lead scores; stages reshape the board.
  deals: ['accounts', 'companies', 'activities'],
  leads: ['contacts', 'companies', 'deals', 'activities'],
  activities: ['leads'],
  pipelines: ['deals'],
  // The forecast converts deal values with the rates and commit threshold kept in settings.
  settings: ['deals'],
  // An account shows what its invoices still owe; an estimate and a schedule link the invoices made from them.
  invoices: ['accounts', 'estimates', 'schedules'],
};

/** Marks every query that shows the changed kinds as stale; the ones on screen refetch at once. */
export const invalidateKinds = (client: Client, kinds: readonly RecordKind[]) => {
  const keys = new Set(kinds.flatMap((kind) => [kind, ...(alsoAffected[kind] ?? [])]));
  for (const key of keys) void client.invalidateQueries({ queryKey: [key] });
  void client.invalidateQueries({ queryKey: ['search'] });
  void client.invalidateQueries({ queryKey: ['workspace'] });
};
