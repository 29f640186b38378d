import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

export const useCompany = (id: number) =>
  useQuery({ queryKey: detailKey('companies', id), queryFn: () => invoke('companies.get', { id }) });
