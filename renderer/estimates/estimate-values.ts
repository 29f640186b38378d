import type { Estimate, EstimateChanges } from '../../shared/estimates';
import { type DraftValues, draftChanges, draftValues } from '../invoices/draft/draft-values';

/** The invoice editor's values, plus how long the estimate stands. */
export interface EstimateValues extends DraftValues {
  validUntil: string;
}

// An estimate has no payment terms; the shared editor values get fixed ones that are never sent.
const noTerms = { paymentTerms: 'net', termsDays: 0, supplyDate: null } as const;

export const estimateValues = (estimate: Estimate): EstimateValues => ({
  ...draftValues({ ...estimate, ...noTerms }),
  validUntil: estimate.validUntil,
});

/** Everything the editor owns, as estimates.update takes it; the deal and account links are left alone. */
export const estimateChanges = (values: EstimateValues): EstimateChanges => {
  const { paymentTerms: _terms, termsDays: _days, supplyDate: _supply, ...changes } = draftChanges(values);
  return { ...changes, validUntil: values.validUntil } as EstimateChanges;
};
