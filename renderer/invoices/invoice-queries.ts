import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Invoice } from '../../shared/invoices';
import { invoke } from '../lib/rpc';

export const invoicePath = (invoice: { id: number }) => `/invoices/${invoice.id}`;

export const invoiceKey = (id: number) => ['invoices', 'get', id] as const;

export const useInvoice = (id: number) =>
  useQuery({ queryKey: invoiceKey(id), queryFn: () => invoke('invoices.get', { id }) });

/** The invoice as printed, from the server: what an issued invoice's PDF holds. */
export const useInvoiceDocument = (invoice: Pick<Invoice, 'id' | 'updatedAt'>) =>
  useQuery({
    queryKey: ['invoices', 'document', invoice.id, invoice.updatedAt],
    queryFn: () => invoke('invoices.document', { id: invoice.id }),
  });

export const useInvoiceSummary = () =>
  useQuery({ queryKey: ['invoices', 'summary'], queryFn: () => invoke('invoices.summary', {}) });

/**
 * A changed invoice shows at once on its page; lists, the sidebar count and the account's receivables
 * refetch. (records.changed does the same for changes made elsewhere.)
 */
export const applyInvoice = (client: QueryClient, invoice: Invoice) => {
  client.setQueryData(invoiceKey(invoice.id), invoice);
  void client.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'accounts' ||
      (query.queryKey[0] === 'invoices' &&
        !(query.queryKey[1] === 'get' && query.queryKey[2] === invoice.id)),
  });
};
