import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { type CsvExport, type ExportKind, type exportCsvInput, toCsv } from '../../shared/exports';
import { type ImportField, type ImportKind, importFields } from '../../shared/imports';
import { majorUnitsText } from '../../shared/money';
import type { AppContext } from '../app-context';
import { listCompanies } from '../companies/companies.service';
import { listContacts } from '../contacts/contacts.service';
import { parseStringList } from '../db/columns';
import type { Database } from '../db/schema';
import { listDeals } from '../deals/deal-lists';

type Input = z.output<typeof exportCsvInput>;

/** Every row, in one page: the list channels' own queries decide which rows and in what order. */
const everyRow = { offset: 0, limit: Number.MAX_SAFE_INTEGER };
const idsPerQuery = 500;
const joined = (json: string) => parseStringList(json).join(', ');

/** The export's columns are the import's fields, in the same order and under the same names. */
const headerOf = <K extends ImportKind>(kind: K, keys: readonly string[]) =>
  keys.map(
    (key) => (importFields[kind] as readonly ImportField[]).find((field) => field.key === key)?.label ?? key,
  );

/** Full records for ids a list query found, read a chunk at a time and returned in the list's order. */
const inListOrder = async <Row extends { id: number }>(
  ids: number[],
  read: (chunk: number[]) => Promise<Row[]>,
) => {
  const byId = new Map<number, Row>();
  for (let start = 0; start < ids.length; start += idsPerQuery) {
    for (const row of await read(ids.slice(start, start + idsPerQuery))) byId.set(row.id, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
};

const addressKeys = ['line1', 'line2', 'postalCode', 'city', 'region', 'country'] as const;
const addressColumns = [
  'address_line1',
  'address_line2',
  'postal_code',
  'city',
  'region',
  'country',
] as const;

const contactKeys = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'title',
  'company',
  'tags',
  'notes',
  ...addressKeys,
];

const exportContacts = async (
  db: Kysely<Database>,
  filter: Extract<Input, { kind: 'contacts' }>['filter'],
) => {
  const { rows } = await listContacts(db, { ...filter, ...everyRow });
  const records = await inListOrder(
    rows.map((row) => row.id),
    (ids) =>
      db
        .selectFrom('contacts as c')
        .leftJoin('companies as co', 'co.id', 'c.company_id')
        .select([
          'c.id',
          'c.first_name',
          'c.last_name',
          'c.emails',
          'c.phones',
          'c.title',
          'co.name as company',
        ])
        .select(['c.tags', 'c.notes', ...addressColumns.map((column) => `c.${column}` as const)])
        .where('c.id', 'in', ids)
        .execute(),
  );
  return {
    header: headerOf('contacts', contactKeys),
    rows: records.map((c) => [
      c.first_name,
      c.last_name,
      joined(c.emails),
      joined(c.phones),
      c.title,
      c.company ?? '',
      joined(c.tags),
      c.notes,
      ...addressColumns.map((column) => c[column]),
    ]),
  };
};

const companyKeys = [
  'name',
  'website',
  'email',
  'phone',
  'taxId',
  'industry',
  'employeeCount',
  'tags',
  'notes',
  ...addressKeys,
];

const exportCompanies = async (
  db: Kysely<Database>,
  filter: Extract<Input, { kind: 'companies' }>['filter'],
) => {
  const { rows } = await listCompanies(db, { ...filter, ...everyRow });
  const records = await inListOrder(
    rows.map((row) => row.id),
    (ids) => db.selectFrom('companies').selectAll().where('id', 'in', ids).execute(),
  );
  return {
    header: headerOf('companies', companyKeys),
    rows: records.map((co) => [
      co.name,
      co.website,
      co.email,
      co.phone,
      co.tax_id,
      co.industry,
      co.employee_count === null ? '' : String(co.employee_count),
      joined(co.tags),
      co.notes,
      ...addressColumns.map((column) => co[column]),
    ]),
  };
};

const dealKeys = ['title', 'company', 'value', 'currency', 'stage', 'expectedClose', 'nextStep'];

const exportDeals = async (db: Kysely<Database>, filter: Extract<Input, { kind: 'deals' }>['filter']) => {
  const { rows } = await listDeals(db, { ...filter, ...everyRow });
  return {
    header: headerOf('deals', dealKeys),
    rows: rows.map((deal) => [
      deal.title,
      deal.companyName ?? '',
      majorUnitsText(deal.valueMinor, deal.currency),
      deal.currency,
      deal.stageName,
      deal.expectedCloseDate ?? '',
      deal.nextStep,
    ]),
  };
};

/** The date on the computer's own calendar, as people expect in a file name. */
const localDate = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

export const exportCsv = async (ctx: AppContext, input: Input): Promise<CsvExport> => {
  const { header, rows } =
    input.kind === 'contacts'
      ? await exportContacts(ctx.db, input.filter)
      : input.kind === 'companies'
        ? await exportCompanies(ctx.db, input.filter)
        : await exportDeals(ctx.db, input.filter);
  const kind: ExportKind = input.kind;
  return { fileName: `${kind}-${localDate(ctx.clock())}.csv`, csv: toCsv(header, rows), rows: rows.length };
};
