import type { Kysely } from 'kysely';
import { blankCompany, type CompanyFields, companyFields } from '../../shared/companies';
import type { Database } from '../db/schema';
import { nameKey, websiteDomain } from './cell-values';
import { companyIo } from './directory-records';
import { faultFrom, type RowFault } from './importer';
import type { MappedRow } from './mapped-row';
import { createRecordStore, type RecordStore } from './record-store';

type Identity = Pick<CompanyFields, 'name' | 'website'>;

/** The workspace's companies by website domain and by name, kept up to date as the import adds some. */
export interface CompanyDirectory {
  store: RecordStore<CompanyFields>;
  /** The company with the same website domain or, failing that, the same name (case-insensitive). */
  match: (company: Identity) => number | undefined;
  remember: (id: number, company: Identity) => void;
  /** The company of that name, created with just its name when there is none. */
  idForName: (name: string) => number;
  /** How many companies idForName had to create. */
  createdByName: () => number;
}

export const openCompanyDirectory = async (trx: Kysely<Database>, now: string): Promise<CompanyDirectory> => {
  const store = await createRecordStore(trx, companyIo, now);
  const byDomain = new Map<string, number>();
  const byName = new Map<string, number>();
  let createdByName = 0;
  const remember = (id: number, { name, website }: Identity) => {
    const domain = websiteDomain(website);
    if (domain && !byDomain.has(domain)) byDomain.set(domain, id);
    if (!byName.has(nameKey(name))) byName.set(nameKey(name), id);
  };
  const existing = await trx
    .selectFrom('companies')
    .select(['id', 'name', 'website'])
    .orderBy('id')
    .execute();
  for (const company of existing) remember(company.id, company);

  return {
    store,
    match: ({ name, website }) => {
      const domain = websiteDomain(website);
      return (domain ? byDomain.get(domain) : undefined) ?? byName.get(nameKey(name));
    },
    remember,
    idForName: (name) => {
      const known = byName.get(nameKey(name));
      if (known !== undefined) return known;
      const company = { ...blankCompany, name };
      const id = store.create(company);
      remember(id, company);
      createdByName++;
      return id;
    },
    createdByName: () => createdByName,
  };
};

/** The row's Company cell, checked as companies.create checks a name; null when the cell is empty. */
export const companyNameIn = (row: MappedRow): string | null | RowFault => {
  const text = row.one('company');
  if (text === '') return null;
  const name = companyFields.shape.name.safeParse(text);
  return name.success ? name.data : faultFrom(name.error, () => row.columnOf('company'));
};
