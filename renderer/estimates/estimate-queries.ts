import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Estimate, EstimateCreateInput } from '../../shared/estimates';
import { invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';

export const estimatePath = (estimate: { id: number }) => `/estimates/${estimate.id}`;

export const estimateKey = (id: number) => ['estimates', 'get', id] as const;

export const useEstimate = (id: number) =>
  useQuery({ queryKey: estimateKey(id), queryFn: () => invoke('estimates.get', { id }) });

/** The estimate as printed, from the server: what its PDF holds. */
export const useEstimateDocument = (estimate: Pick<Estimate, 'id' | 'updatedAt'>) =>
  useQuery({
    queryKey: ['estimates', 'document', estimate.id, estimate.updatedAt],
    queryFn: () => invoke('estimates.document', { id: estimate.id }),
  });

/** A changed estimate shows at once on its page; the list refetches. */
export const applyEstimate = (client: QueryClient, estimate: Estimate) => {
  client.setQueryData(estimateKey(estimate.id), estimate);
  void client.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'estimates' &&
      !(query.queryKey[1] === 'get' && query.queryKey[2] === estimate.id),
  });
};

/** Starts a draft estimate (blank, or from a deal or an account) and opens it in the editor. */
export const useCreateEstimate = (from: Pick<EstimateCreateInput, 'dealId' | 'accountId'> = {}) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => invoke('estimates.create', from),
    onSuccess: (estimate) => {
      applyEstimate(client, estimate);
      navigate(estimatePath(estimate));
    },
    onError: (error) => notifyFailure('Could not start the estimate', error),
  });
};
