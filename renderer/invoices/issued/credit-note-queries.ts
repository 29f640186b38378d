import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../lib/rpc';

// Under 'invoices', so an invoice change (applyInvoice, records.changed) refreshes them too.
export const useCreditNotes = (invoiceId: number) =>
  useQuery({
    queryKey: ['invoices', 'creditNotes', invoiceId],
    queryFn: () => invoke('creditNotes.list', { invoiceId }),
  });

export const useCreditable = (invoiceId: number) =>
  useQuery({
    queryKey: ['invoices', 'creditable', invoiceId],
    queryFn: () => invoke('creditNotes.creditable', { invoiceId }),
  });

export const useAvailableCredit = (accountId: number | null, currency: string) =>
  useQuery({
    queryKey: ['invoices', 'availableCredit', accountId, currency],
    queryFn: () => invoke('creditNotes.availableCredit', { accountId: accountId ?? 0, currency }),
    enabled: accountId !== null,
    select: (credit) => credit.find((money) => money.currency === currency)?.minor ?? 0,
  });
