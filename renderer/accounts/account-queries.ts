import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

export const accountPath = (account: { id: number }) => `/accounts/${account.id}`;

export const useAccount = (id: number) =>
  useQuery({ queryKey: detailKey('accounts', id), queryFn: () => invoke('accounts.get', { id }) });

export const useCompanyAccount = (companyId: number) =>
  useQuery({
    queryKey: ['accounts', 'forCompany', companyId],
    queryFn: () => invoke('accounts.forCompany', { companyId }),
  });
