import type { Expression, Kysely, SqlBool } from 'kysely';
import type { ContactListInput } from '../../shared/contacts';
import type { Database } from '../db/schema';
import { matchingRowIds, toPrefixQuery } from '../search/full-text';

type ListFilter = Required<Pick<ContactListInput, 'query' | 'status'>> & Pick<ContactListInput, 'companyId'>;

/**
 * Contacts matching a list filter; the page query and its count both start here so they always agree.
 * Returns null when the search text has no searchable characters (nothing can match).
 */
export const filteredContacts = (db: Kysely<Database>, filter: ListFilter) => {
  const prefixQuery = filter.query === '' ? '' : toPrefixQuery(filter.query);
  if (prefixQuery === null) return null;
  return db.selectFrom('contacts as c').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status === 'active') conditions.push(eb('c.archived_at', 'is', null));
    if (filter.status === 'archived') conditions.push(eb('c.archived_at', 'is not', null));
    if (filter.companyId !== undefined) conditions.push(eb('c.company_id', '=', filter.companyId));
    if (prefixQuery) conditions.push(eb('c.id', 'in', matchingRowIds('contacts_fts', prefixQuery)));
    return eb.and(conditions);
  });
};

export const contactRowColumns = [
  'c.id',
  'c.first_name',
  'c.last_name',
  'c.title',
  'c.company_id',
  'co.name as company_name',
  'c.emails',
  'c.phones',
  'c.tags',
  'c.archived_at',
  'c.updated_at',
] as const;

export const contactColumns = [
  ...contactRowColumns,
  'c.notes',
  'c.address_line1',
  'c.address_line2',
  'c.city',
  'c.postal_code',
  'c.region',
  'c.country',
  'c.created_at',
] as const;
