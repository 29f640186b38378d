import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';
import { detailKey } from '../records/record-actions';

export const leadPath = (lead: { id: number }) => `/leads/${lead.id}`;

export const useLead = (id: number) =>
  useQuery({ queryKey: detailKey('leads', id), queryFn: () => invoke('leads.get', { id }) });
