import type { Kysely } from 'kysely';
import type { GlobalSearchResult } from '../../shared/search';
import { companyRowColumns, toCompanyRow } from '../companies/companies.service';
import { contactRowColumns } from '../contacts/contacts.queries';
import { toContactRow } from '../contacts/contacts.service';
import type { Database } from '../db/schema';
import { rankedMatches, toPrefixQuery } from './full-text';

/** Over-fetch ranked hits so archived records filtered out afterwards rarely leave the list short. */
const candidatesPerResult = 4;

export const searchEverything = async (
  db: Kysely<Database>,
  { query, limit }: { query: string; limit: number },
): Promise<GlobalSearchResult> => {
  const prefixQuery = toPrefixQuery(query);
  if (!prefixQuery) return { contacts: [], companies: [] };
  const candidates = limit * candidatesPerResult;
  const [contacts, companies] = await Promise.all([
    db
      .selectFrom(rankedMatches('contacts_fts', prefixQuery, candidates).as('hit'))
      .innerJoin('contacts as c', 'c.id', 'hit.id')
      .leftJoin('companies as co', 'co.id', 'c.company_id')
      .select(contactRowColumns)
      .where('c.archived_at', 'is', null)
      .orderBy('hit.rank')
      .limit(limit)
      .execute(),
    db
      .selectFrom(rankedMatches('companies_fts', prefixQuery, candidates).as('hit'))
      .innerJoin('companies as co', 'co.id', 'hit.id')
      .select(companyRowColumns)
      .where('co.archived_at', 'is', null)
      .orderBy('hit.rank')
      .limit(limit)
      .execute(),
  ]);
  return { contacts: contacts.map(toContactRow), companies: companies.map(toCompanyRow) };
};
