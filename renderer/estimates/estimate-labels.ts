import type { EstimateRow, EstimateStatus } from '../../shared/estimates';

export const estimateStatusLabels: Record<EstimateStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  approved: 'Approved',
  declined: 'Declined',
  expired: 'Expired',
};

export const estimateStatusColors: Record<EstimateStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  approved: 'teal',
  declined: 'red',
  expired: 'orange',
};

/** An estimate's name in sentences and headings: its number once sent, "Draft estimate" before. */
export const estimateName = (estimate: Pick<EstimateRow, 'number'>) => estimate.number ?? 'Draft estimate';
