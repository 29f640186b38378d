import type { UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Estimate } from '../../shared/estimates';
import { serverErrors } from '../forms/form-errors';
import type { DraftValues } from '../invoices/draft/draft-values';
import { draftProblems, fieldOf } from '../invoices/draft/draft-values';
import { invoke, RpcFailure } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { applyEstimate } from './estimate-queries';
import { type EstimateValues, estimateChanges } from './estimate-values';

/**
 * Saves the draft as typed, checked first with the same schema the invoice editor uses for the lines;
 * resolves false (with the problems beside their fields) when it cannot be saved as it is.
 */
export const useEstimateSave = (estimate: Estimate, form: UseFormReturnType<DraftValues>) => {
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: async (): Promise<boolean> => {
      const values = form.getValues() as EstimateValues;
      const problems = draftProblems(estimate.id, values);
      if (Object.keys(problems).length > 0) {
        form.setErrors(problems);
        return false;
      }
      if (!form.isDirty()) return true;
      try {
        const saved = await invoke('estimates.update', { id: estimate.id, changes: estimateChanges(values) });
        applyEstimate(client, saved);
        form.resetDirty(values);
        return true;
      } catch (error) {
        if (!(error instanceof RpcFailure) || error.error.code !== 'invalid_input') throw error;
        form.setErrors(serverErrors(error.fields, fieldOf));
        return false;
      }
    },
    onError: (error) => notifyFailure('The estimate was not saved', error),
  });
  return { save: () => save.mutateAsync().catch(() => false), saving: save.isPending };
};
