import { useQuery } from '@tanstack/react-query';
import type { ContactListInput } from '../../shared/contacts';
import { invoke } from '../lib/rpc';
import { usePagedRows } from '../lists/use-paged-rows';
import { detailKey } from '../records/record-actions';

type ContactFilter = Omit<ContactListInput, 'offset' | 'limit'>;

export const useContactRows = (filter: ContactFilter) =>
  usePagedRows({
    queryKey: ['contacts', 'list', filter],
    fetchPage: (offset, limit) => invoke('contacts.list', { ...filter, offset, limit }),
  });

export const useContact = (id: number) =>
  useQuery({
    queryKey: detailKey('contacts', id),
    queryFn: () => invoke('contacts.get', { id }),
  });
