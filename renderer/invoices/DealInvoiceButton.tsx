import { Button } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { invoke } from '../lib/rpc';
import { useCreateInvoice } from './use-create-invoice';

/** On a won deal: a draft with its company, account, contacts and line items carried over. */
export const DealInvoiceButton = ({ dealId }: { dealId: number }) => {
  const create = useCreateInvoice(() => invoke('invoices.createFromDeal', { dealId }));
  return (
    <Button
      leftSection={<IconFileInvoice size={16} aria-hidden />}
      loading={create.isPending}
      onClick={() => create.mutate()}
    >
      Create invoice
    </Button>
  );
};
