import { Badge, type BadgeProps } from '@mantine/core';
import type { EstimateRow } from '../../shared/estimates';
import { estimateStatusColors, estimateStatusLabels } from './estimate-labels';

export const EstimateStatusBadge = ({
  estimate,
  size = 'sm',
}: {
  estimate: Pick<EstimateRow, 'status' | 'invoiceId'>;
  size?: BadgeProps['size'];
}) => (
  <Badge variant="light" size={size} color={estimateStatusColors[estimate.status]} style={{ flexShrink: 0 }}>
    {estimate.invoiceId !== null ? 'Invoiced' : estimateStatusLabels[estimate.status]}
  </Badge>
);
