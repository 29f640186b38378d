import { type QueryObserverResult, useQueries } from '@tanstack/react-query';
import type { Contact } from '../../../shared/contacts';
import { invoke } from '../../lib/rpc';
import { detailKey } from '../../records/record-actions';

// Module-level so react-query keeps the combined value stable between renders.
const allLoaded = (results: QueryObserverResult<Contact>[]) =>
  results.every((result) => result.data)
    ? results.flatMap((result) => (result.data ? [result.data] : []))
    : undefined;

/** The chosen recipients as contacts, for their names; undefined until all have loaded. */
export const useRecipients = (contactIds: readonly string[]) =>
  useQueries({
    queries: contactIds.map((id) => ({
      queryKey: detailKey('contacts', Number(id)),
      queryFn: () => invoke('contacts.get', { id: Number(id) }),
    })),
    combine: allLoaded,
  });
