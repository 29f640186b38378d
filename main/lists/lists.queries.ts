import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { ListMembers, listScreenFilter, SmartFilter } from '../../shared/lists';
import type { DirectoryKind } from '../../shared/workspace';
import {
  companyNameOrder,
  companyRowColumns,
  filteredCompanies,
  toCompanyRow,
} from '../companies/companies.service';
import { contactRowColumns, filteredContacts, nameOrder } from '../contacts/contacts.queries';
import { toContactRow } from '../contacts/contacts.service';
import type { Database } from '../db/schema';
import { toPrefixQuery } from '../search/full-text';

/** A row of `lists` with its filter parsed: null for a static list. */
export interface StoredList {
  id: number;
  name: string;
  record_kind: DirectoryKind;
  filter: SmartFilter | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/**
 * One FTS query for several texts that must all match (a smart list's own search and a search within
 * its members): prefix queries joined by a space are ANDed. Null when a text has nothing searchable.
 */
const allOf = (...texts: string[]): string | null => {
  const parts: string[] = [];
  for (const typed of texts) {
    if (typed === '') continue;
    const prefixQuery = toPrefixQuery(typed);
    if (prefixQuery === null) return null;
    parts.push(prefixQuery);
  }
  return parts.join(' ');
};

/** Exact tag equality (ASCII case folded), so "vip" never matches "vip-old" the way a LIKE on the JSON would. */
const hasAnyTag = (tagsColumn: 'c.tags' | 'co.tags', tags: string[]) =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(${sql.ref(tagsColumn)}) AS t WHERE t.value COLLATE NOCASE IN (${sql.join(tags)}))`;

const addedByHand = (db: Kysely<Database>, listId: number) =>
  db.selectFrom('list_members').select('record_id').where('list_id', '=', listId);

/** Static lists keep archived members (shown as archived); smart lists only ever hold active records. */
const contactMembers = (db: Kysely<Database>, list: StoredList, prefixQuery: string) => {
  const { filter } = list;
  if (!filter)
    return filteredContacts(db, { status: 'all' }, prefixQuery).where('c.id', 'in', addedByHand(db, list.id));
  return filteredContacts(db, { status: 'active', companyId: filter.companyId }, prefixQuery)
    .$if(filter.tags.length > 0, (qb) => qb.where(hasAnyTag('c.tags', filter.tags)))
    .$if(Boolean(filter.country), (qb) => qb.where('c.country', '=', filter.country ?? ''));
};

const companyMembers = (db: Kysely<Database>, list: StoredList, prefixQuery: string) => {
  const { filter } = list;
  if (!filter)
    return filteredCompanies(db, 'all', prefixQuery).where('co.id', 'in', addedByHand(db, list.id));
  return filteredCompanies(db, 'active', prefixQuery).$if(filter.tags.length > 0, (qb) =>
    qb.where(hasAnyTag('co.tags', filter.tags)),
  );
};

/** How many records are in a list now, narrowed by `query` within it; the same rows `pageOfMembers` shows. */
export const countMembers = async (db: Kysely<Database>, list: StoredList, query = '') => {
  const prefixQuery = allOf(list.filter?.query ?? '', query);
  if (prefixQuery === null) return 0;
  const count =
    list.record_kind === 'contacts'
      ? contactMembers(db, list, prefixQuery).select((eb) => eb.fn.countAll<number>().as('total'))
      : companyMembers(db, list, prefixQuery).select((eb) => eb.fn.countAll<number>().as('total'));
  return (await count.executeTakeFirstOrThrow()).total;
};

interface MemberPage {
  query: string;
  offset: number;
  limit: number;
}

/** A page of a list's members as the contacts or companies list screens show them, in name order. */
export const pageOfMembers = async (
  db: Kysely<Database>,
  list: StoredList,
  { query, offset, limit }: MemberPage,
): Promise<ListMembers> => {
  const total = await countMembers(db, list, query);
  const prefixQuery = allOf(list.filter?.query ?? '', query);
  if (list.record_kind === 'contacts') {
    if (prefixQuery === null || total <= offset) return { recordKind: 'contacts', rows: [], total };
    const rows = await contactMembers(db, list, prefixQuery)
      .leftJoin('companies as co', 'co.id', 'c.company_id')
      .select(contactRowColumns)
      .orderBy(nameOrder('c'))
      .limit(limit)
      .offset(offset)
      .execute();
    return { recordKind: 'contacts', rows: rows.map(toContactRow), total };
  }
  if (prefixQuery === null || total <= offset) return { recordKind: 'companies', rows: [], total };
  const rows = await companyMembers(db, list, prefixQuery)
    .select(companyRowColumns)
    .orderBy(companyNameOrder)
    .limit(limit)
    .offset(offset)
    .execute();
  return { recordKind: 'companies', rows: rows.map(toCompanyRow), total };
};

/** The records of this kind among `ids`, to check them and then to add them. */
export const recordsWithIds = (db: Kysely<Database>, kind: DirectoryKind, ids: number[]) =>
  db.selectFrom(kind).select('id').where('id', 'in', ids);

/** The ids a contacts or companies list screen shows for this filter; null when nothing can match. */
export const screenMatches = (
  db: Kysely<Database>,
  kind: DirectoryKind,
  filter: z.output<typeof listScreenFilter>,
) => {
  const prefixQuery = allOf(filter.query);
  if (prefixQuery === null) return null;
  return kind === 'contacts'
    ? filteredContacts(db, filter, prefixQuery).select('c.id')
    : filteredCompanies(db, filter.status, prefixQuery).select('co.id');
};

/**
 * Adds every id the source yields in one statement; ids already in the list are skipped, so adding
 * twice changes nothing. `WHERE true` keeps SQLite from reading ON CONFLICT as a join's ON.
 */
export const insertMembers = async (
  db: Kysely<Database>,
  listId: number,
  addedAt: string,
  source: Expression<{ id: number }>,
) => {
  const result = await sql`INSERT INTO list_members (list_id, record_id, added_at)
    SELECT ${listId}, m.id, ${addedAt} FROM (${source}) AS m WHERE true
    ON CONFLICT DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

export const deleteMembers = async (db: Kysely<Database>, listId: number, ids: number[]) => {
  const result = await db
    .deleteFrom('list_members')
    .where('list_id', '=', listId)
    .where('record_id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
};
