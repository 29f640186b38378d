import { useQuery } from '@tanstack/react-query';
import { invoke } from '../lib/rpc';

export const templatesKey = ['settings', 'invoice-templates'] as const;

/** Every template, archived ones included, default first: the editor shows them all. */
export const useAllTemplates = () =>
  useQuery({ queryKey: templatesKey, queryFn: () => invoke('invoiceTemplates.list', { archived: 'all' }) });
