import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

export const accountPath = (account: { id: number }) => `/accounts/${account.id}`;

export const accountKey = (id: number) => ['accounts', 'get', id] as const;

export const useAccount = (id: number) =>
  useQuery({ queryKey: accountKey(id), queryFn: () => invoke('accounts.get', { id }) });

export const useCompanyAccount = (companyId: number) =>
  useQuery({
    queryKey: ['accounts', 'forCompany', companyId],
    queryFn: () => invoke('accounts.forCompany', { companyId }),
  });
