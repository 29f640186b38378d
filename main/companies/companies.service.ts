import { type Kysely, sql } from 'kysely';
import {
  blankCompany,
  type Company,
  type CompanyFields,
  type CompanyListInput,
  type CompanyRow,
  type CompanyUpdateInput,
} from '../../shared/companies';
import type { ArchiveFilter, Page } from '../../shared/fields';
import type { AppContext } from '../app-context';
import { addressFromColumns, addressToColumns, parseStringList } from '../db/columns';
import type { CompanyRecord, Database } from '../db/schema';
import { write } from '../db/write';
import { notFound } from '../ipc/app-error';
import { rescoreLeadsAbout } from '../leads/rescore';
import { matchingRowIds, toPrefixQuery } from '../search/full-text';

type RowRecord = Pick<
  CompanyRecord,
  'id' | 'name' | 'website' | 'industry' | 'tags' | 'archived_at' | 'updated_at' | 'city' | 'country'
> & { contact_count: number };

const activeContactCount = sql<number>`(SELECT count(*) FROM contacts WHERE company_id = co.id AND archived_at IS NULL)`;

export const companyRowColumns = [
  'co.id',
  'co.name',
  'co.website',
  'co.industry',
  'co.tags',
  'co.archived_at',
  'co.updated_at',
  'co.city',
  'co.country',
  activeContactCount.as('contact_count'),
] as const;

export const toCompanyRow = (row: RowRecord): CompanyRow => ({
  id: row.id,
  name: row.name,
  website: row.website,
  industry: row.industry,
  tags: parseStringList(row.tags),
  contactCount: row.contact_count,
  archivedAt: row.archived_at,
  updatedAt: row.updated_at,
  city: row.city,
  country: row.country,
});

/** The table's columns for a record's fields; imports write rows with the same mapping. */
export const companyToColumns = (fields: CompanyFields) => ({
  name: fields.name,
  website: fields.website,
  email: fields.email,
  phone: fields.phone,
  tax_id: fields.taxId,
  industry: fields.industry,
  employee_count: fields.employeeCount,
  tags: JSON.stringify(fields.tags),
  notes: fields.notes,
  ...addressToColumns(fields.address),
});

export const getCompany = async (db: Kysely<Database>, id: number): Promise<Company> => {
  const row = await db
    .selectFrom('companies as co')
    .selectAll('co')
    .select(activeContactCount.as('contact_count'))
    .where('co.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Company', id);
  return {
    ...toCompanyRow(row),
    email: row.email,
    phone: row.phone,
    taxId: row.tax_id,
    employeeCount: row.employee_count,
    notes: row.notes,
    address: addressFromColumns(row),
    createdAt: row.created_at,
  };
};

/** Companies in a status matching a prefix query ('' for none); pages and their counts start here. */
export const filteredCompanies = (db: Kysely<Database>, status: ArchiveFilter, prefixQuery: string) =>
  db
    .selectFrom('companies as co')
    .where((eb) =>
      eb.and([
        ...(status === 'active' ? [eb('co.archived_at', 'is', null)] : []),
        ...(status === 'archived' ? [eb('co.archived_at', 'is not', null)] : []),
        ...(prefixQuery ? [eb('co.id', 'in', matchingRowIds('companies_fts', prefixQuery))] : []),
      ]),
    );

export const companyNameOrder = sql`co.name COLLATE NOCASE, co.id`;

export const listCompanies = async (
  db: Kysely<Database>,
  input: Required<CompanyListInput>,
): Promise<Page<CompanyRow>> => {
  const prefixQuery = input.query === '' ? '' : toPrefixQuery(input.query);
  if (prefixQuery === null) return { rows: [], total: 0 };
  const base = filteredCompanies(db, input.status, prefixQuery);
  const order = input.sort === 'recent' ? sql`co.id DESC` : companyNameOrder;
  const [rows, count] = await Promise.all([
    base.select(companyRowColumns).orderBy(order).limit(input.limit).offset(input.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toCompanyRow), total: count.total };
};

const fieldsOf = (company: Company): CompanyFields => ({
  name: company.name,
  website: company.website,
  email: company.email,
  phone: company.phone,
  taxId: company.taxId,
  industry: company.industry,
  employeeCount: company.employeeCount,
  tags: company.tags,
  notes: company.notes,
  address: company.address,
});

/** Inserts a company inside the caller's transaction (qualifying a lead and imports create companies too). */
export const insertCompany = async (db: Kysely<Database>, input: Partial<CompanyFields>, now: string) => {
  const { id } = await db
    .insertInto('companies')
    .values({ ...companyToColumns({ ...blankCompany, ...input }), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
};

export const createCompany = (ctx: AppContext, input: Partial<CompanyFields>): Promise<Company> =>
  write(ctx, ['companies'], async (trx) =>
    getCompany(trx, await insertCompany(trx, input, ctx.clock().toISOString())),
  );

export const updateCompany = (ctx: AppContext, { id, changes }: CompanyUpdateInput): Promise<Company> =>
  write(ctx, ['companies', 'contacts'], async (trx) => {
    const current = await getCompany(trx, id);
    await trx
      .updateTable('companies')
      .set({
        ...companyToColumns({ ...fieldsOf(current), ...changes } as CompanyFields),
        updated_at: ctx.clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await rescoreLeadsAbout(trx, { companyId: id }, ctx.clock());
    return getCompany(trx, id);
  });
