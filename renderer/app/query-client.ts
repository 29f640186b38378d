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

/** Company rows carry contact counts and contact rows carry company names, so each kind touches both. */
const alsoAffected: Partial<Record<RecordKind, RecordKind[]>> = {
  contacts: ['companies'],
  companies: ['contacts'],
};

/** Marks every query that shows the changed kinds as stale; the ones on screen refetch at once. */
export const invalidateKinds = (client: Client, kinds: readonly RecordKind[]) => {
  const keys = new Set(kinds.flatMap((kind) => [kind, ...(alsoAffected[kind] ?? [])]));
  for (const key of keys) void client.invalidateQueries({ queryKey: [key] });
  void client.invalidateQueries({ queryKey: ['search'] });
  void client.invalidateQueries({ queryKey: ['workspace'] });
};
