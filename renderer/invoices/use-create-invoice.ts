import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Invoice } from '../../shared/invoices';
import { notifyFailure } from '../records/notices';
import { applyInvoice, invoicePath } from './invoice-queries';

/** Starts a draft (blank, from an account or from a won deal) and opens it in the editor. */
export const useCreateInvoice = (create: () => Promise<Invoice>) => {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: create,
    onSuccess: (invoice) => {
      applyInvoice(client, invoice);
      navigate(invoicePath(invoice));
    },
    onError: (error) => notifyFailure('Could not start the invoice', error),
  });
};
