import { Button } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import type { EstimateCreateInput } from '../../shared/estimates';
import { useCreateEstimate } from './estimate-queries';

/** On a deal or an account: a draft estimate with its company, people (and a deal's line items) filled in. */
export const NewEstimateButton = ({ from }: { from: Pick<EstimateCreateInput, 'dealId' | 'accountId'> }) => {
  const create = useCreateEstimate(from);
  return (
    <Button
      variant="default"
      leftSection={<IconFileDescription size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
    >
      New estimate
    </Button>
  );
};
