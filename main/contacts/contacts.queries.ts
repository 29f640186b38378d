import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { ContactListInput } from '../../shared/contacts';
import type { Database } from '../db/schema';
import { matchingRowIds } from '../search/full-text';

type ListFilter = Required<Pick<ContactListInput, 'status'>> & Pick<ContactListInput, 'companyId'>;
type PageInput = Required<Pick<ContactListInput, 'offset' | 'limit'>>;

/**
 * Contacts matching a list filter and a prefix query ('' for none); the general page query and its
 * count both start here so they always agree.
 */
export const filteredContacts = (db: Kysely<Database>, filter: ListFilter, prefixQuery: string) =>
  db.selectFrom('contacts as c').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status === 'active') conditions.push(eb('c.archived_at', 'is', null));
    if (filter.status === 'archived') conditions.push(eb('c.archived_at', 'is not', null));
    if (filter.companyId !== undefined) conditions.push(eb('c.company_id', '=', filter.companyId));
    if (prefixQuery) conditions.push(eb('c.id', 'in', matchingRowIds('contacts_fts', prefixQuery)));
    return eb.and(conditions);
  });

type SearchIndex = { contacts_fts: { rowid: number; contacts_fts: string } };

/**
 * How many contacts in a status match a search, driven from the search index: matches arrive in rowid
 * order and each is looked up on the way, instead of first being collected and then looked up. Counts
 * the same rows as `filteredContacts`, since the index holds exactly one row per contact. Cheapest when
 * matches are few.
 */
export const countSearchMatches = (db: Kysely<Database>, status: ListFilter['status'], prefixQuery: string) =>
  db
    .withTables<SearchIndex>()
    .selectFrom('contacts_fts as f')
    .innerJoin('contacts as c', 'c.id', 'f.rowid')
    .where('f.contacts_fts', 'match', prefixQuery)
    .$if(status === 'active', (qb) => qb.where('c.archived_at', 'is', null))
    .$if(status === 'archived', (qb) => qb.where('c.archived_at', 'is not', null))
    .select((eb) => eb.fn.countAll<number>().as('total'));

/**
 * The same count read from the search index alone, for when matches are many: archived ids come from
 * contacts_archived_by_name (migration 0004), so no table row is read. `+` keeps SQLite from probing the
 * search index once per archived id. With status 'all' every match counts.
 */
export const countIndexMatches = (
  db: Kysely<Database>,
  status: ListFilter['status'],
  prefixQuery: string,
) => {
  const archivedIds = sql`(SELECT id FROM contacts INDEXED BY contacts_archived_by_name WHERE archived_at IS NOT NULL)`;
  return db
    .withTables<SearchIndex>()
    .selectFrom('contacts_fts as f')
    .where('f.contacts_fts', 'match', prefixQuery)
    .$if(status === 'active', (qb) => qb.where(sql`+f.rowid`, 'not in', archivedIds))
    .$if(status === 'archived', (qb) => qb.where(sql`+f.rowid`, 'in', archivedIds))
    .select((eb) => eb.fn.countAll<number>().as('total'));
};

/** The list screens' name order, matching contacts_active_by_name; `alias` is the contacts table's. */
export const nameOrder = (alias: string) =>
  sql`${sql.ref(`${alias}.last_name`)} COLLATE NOCASE, ${sql.ref(`${alias}.first_name`)} COLLATE NOCASE, ${sql.ref(`${alias}.id`)}`;

/**
 * The ids on one page of active contacts by name. Walks contacts_active_by_name, which holds every
 * column the walk needs, so the rows an offset skips are never read from the table. With search text
 * each index entry is checked against the set of matches; the `+` stops SQLite from instead looking up
 * every match and sorting them all, which only pays when matches are few (see listContacts).
 */
export const activeIdsByName = (db: Kysely<Database>, prefixQuery: string, { offset, limit }: PageInput) =>
  db
    .selectFrom('contacts as p')
    .select('p.id')
    .where('p.archived_at', 'is', null)
    .$if(prefixQuery !== '', (qb) => qb.where(sql`+p.id`, 'in', matchingRowIds('contacts_fts', prefixQuery)))
    .orderBy(nameOrder('p'))
    .limit(limit)
    .offset(offset);

export const lastContactId = async (db: Kysely<Database>) =>
  (
    await db
      .selectFrom('contacts')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst()
  )?.id ?? 0;

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
