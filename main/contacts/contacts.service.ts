import { type Kysely, sql } from 'kysely';
import {
  blankContact,
  type Contact,
  type ContactFields,
  type ContactListInput,
  type ContactRow,
  type ContactUpdateInput,
} from '../../shared/contacts';
import type { Page } from '../../shared/fields';
import type { AppContext } from '../app-context';
import { addressFromColumns, addressToColumns, parseStringList } from '../db/columns';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';
import { contactColumns, contactRowColumns, filteredContacts } from './contacts.queries';

type RowRecord = {
  id: number;
  first_name: string;
  last_name: string;
  title: string;
  company_id: number | null;
  company_name: string | null;
  emails: string;
  phones: string;
  tags: string;
  archived_at: string | null;
  updated_at: string;
};

export const toContactRow = (row: RowRecord): ContactRow => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  title: row.title,
  companyId: row.company_id,
  companyName: row.company_name,
  email: parseStringList(row.emails)[0] ?? null,
  phone: parseStringList(row.phones)[0] ?? null,
  tags: parseStringList(row.tags),
  archivedAt: row.archived_at,
  updatedAt: row.updated_at,
});

const toColumns = (fields: ContactFields) => ({
  first_name: fields.firstName,
  last_name: fields.lastName,
  title: fields.title,
  company_id: fields.companyId,
  emails: JSON.stringify(fields.emails),
  phones: JSON.stringify(fields.phones),
  tags: JSON.stringify(fields.tags),
  notes: fields.notes,
  ...addressToColumns(fields.address),
});

const fieldsOf = (contact: Contact): ContactFields => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  title: contact.title,
  companyId: contact.companyId,
  emails: contact.emails,
  phones: contact.phones,
  tags: contact.tags,
  notes: contact.notes,
  address: contact.address,
});

export const getContact = async (db: Kysely<Database>, id: number): Promise<Contact> => {
  const row = await db
    .selectFrom('contacts as c')
    .leftJoin('companies as co', 'co.id', 'c.company_id')
    .select(contactColumns)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Contact', id);
  return {
    ...toContactRow(row),
    emails: parseStringList(row.emails),
    phones: parseStringList(row.phones),
    notes: row.notes,
    address: addressFromColumns(row),
    createdAt: row.created_at,
  };
};

const assertCompanyExists = async (db: Kysely<Database>, companyId: number | null) => {
  if (companyId === null) return;
  const company = await db
    .selectFrom('companies')
    .select('id')
    .where('id', '=', companyId)
    .executeTakeFirst();
  if (!company) {
    throw new AppError('invalid_input', `Company ${companyId} does not exist`, {
      companyId: 'Choose an existing company',
    });
  }
};

export const listContacts = async (
  db: Kysely<Database>,
  input: Required<Omit<ContactListInput, 'companyId'>> & Pick<ContactListInput, 'companyId'>,
): Promise<Page<ContactRow>> => {
  const base = filteredContacts(db, input);
  if (!base) return { rows: [], total: 0 };
  const order =
    input.sort === 'recent'
      ? sql`c.id DESC`
      : sql`c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id`;
  const [rows, count] = await Promise.all([
    base
      .leftJoin('companies as co', 'co.id', 'c.company_id')
      .select(contactRowColumns)
      .orderBy(order)
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toContactRow), total: count.total };
};

export const createContact = (ctx: AppContext, input: Partial<ContactFields>): Promise<Contact> =>
  write(ctx, ['contacts'], async (trx) => {
    const fields = { ...blankContact, ...input };
    const now = ctx.clock().toISOString();
    await assertCompanyExists(trx, fields.companyId);
    const { id } = await trx
      .insertInto('contacts')
      .values({ ...toColumns(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return getContact(trx, id);
  });

export const updateContact = (ctx: AppContext, { id, changes }: ContactUpdateInput): Promise<Contact> =>
  write(ctx, ['contacts'], async (trx) => {
    const current = await getContact(trx, id);
    const fields = { ...fieldsOf(current), ...changes } as ContactFields;
    if (changes.companyId !== undefined) await assertCompanyExists(trx, fields.companyId);
    await trx
      .updateTable('contacts')
      .set({ ...toColumns(fields), updated_at: ctx.clock().toISOString() })
      .where('id', '=', id)
      .execute();
    return getContact(trx, id);
  });
