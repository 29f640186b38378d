import { type Icon, IconAddressBook, IconBuilding } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CompanyRow } from '../../shared/companies';
import { type ContactRow, contactDisplayName } from '../../shared/contacts';
import { invoke } from '../lib/rpc';

export interface SearchHit {
  key: string;
  group: 'Contacts' | 'Companies';
  label: string;
  detail: string;
  to: string;
  icon: Icon;
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

const contactHit = (row: ContactRow): SearchHit => ({
  key: `contact-${row.id}`,
  group: 'Contacts',
  label: contactDisplayName(row),
  detail: joined(row.title, row.companyName, row.email),
  to: `/contacts/${row.id}`,
  icon: IconAddressBook,
});

const companyHit = (row: CompanyRow): SearchHit => ({
  key: `company-${row.id}`,
  group: 'Companies',
  label: row.name,
  detail: joined(row.industry, row.city, row.website),
  to: `/companies/${row.id}`,
  icon: IconBuilding,
});

/** Hits for `query`, contacts first; `settledFor` says which text the hits answer, so Enter never opens a stale one. */
export const useSearchResults = (query: string) => {
  const text = query.trim();
  const result = useQuery({
    queryKey: ['search', text],
    queryFn: () => invoke('search.global', { query: text, limit: 8 }),
    enabled: text !== '',
    placeholderData: keepPreviousData,
  });
  const hits = result.data
    ? [...result.data.contacts.map(contactHit), ...result.data.companies.map(companyHit)]
    : [];
  return {
    hits: text === '' ? [] : hits,
    settledFor: result.isPlaceholderData || result.isFetching ? null : text,
    isLoading: result.isLoading,
    error: result.error,
  };
};
