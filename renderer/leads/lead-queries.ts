import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

export const leadPath = (lead: { id: number }) => `/leads/${lead.id}`;

export const leadKey = (id: number) => ['leads', 'get', id] as const;

export const useLead = (id: number) =>
  useQuery({ queryKey: leadKey(id), queryFn: () => invoke('leads.get', { id }) });
