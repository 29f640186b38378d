import type { Kysely } from 'kysely';
import { blankContact, type ContactFields, contactFields } from '../../shared/contacts';
import { emptyAddress } from '../../shared/fields';
import { parseStringList } from '../db/columns';
import type { Database } from '../db/schema';
import { addressOf, mergeAddress } from './address-cells';
import { companyNameIn, openCompanyDirectory } from './company-directory';
import { contactIo } from './directory-records';
import {
  faultFrom,
  type Importer,
  type ImporterOptions,
  isFault,
  lowerCase,
  sameFields,
  unionBy,
} from './importer';
import type { ListValue, MappedRow } from './mapped-row';
import { createRecordStore } from './record-store';

const listFields = ['emails', 'phones', 'tags'] as const;
type ListValues = Record<(typeof listFields)[number], ListValue[]>;

/** The column a problem zod found came from; a list value's own column when several fill one field. */
const columnOfIssue = (row: MappedRow, lists: ListValues, [field, part]: readonly PropertyKey[]) => {
  if (field === 'firstName' && !row.has('firstName')) return row.columnOf('fullName');
  if (field === 'lastName' && !row.has('lastName')) return row.columnOf('fullName');
  if (field === 'address') return row.columnOf(String(part));
  if (field === 'emails' || field === 'phones' || field === 'tags') {
    const list = lists[field];
    return (typeof part === 'number' ? list[part]?.column : undefined) ?? list[0]?.column ?? '';
  }
  return row.columnOf(String(field));
};

const valuesOf = (list: ListValue[]) => list.map((item) => item.value);

/**
 * A row as contacts.create input. A Full name column fills the names a First name or Last name
 * column leaves empty: "Zoë Łukasz-Müller" is first name Zoë and last name Łukasz-Müller.
 */
const contactDraft = (row: MappedRow) => {
  const lists: ListValues = { emails: row.many('email'), phones: row.many('phone'), tags: row.many('tags') };
  const fullName = row.one('fullName');
  const space = fullName.search(/\s/);
  const input = {
    firstName: row.one('firstName') || (space < 0 ? fullName : fullName.slice(0, space)),
    lastName: row.one('lastName') || (space < 0 ? '' : fullName.slice(space).trim()),
    title: row.one('title'),
    emails: valuesOf(lists.emails),
    phones: valuesOf(lists.phones),
    tags: valuesOf(lists.tags),
    notes: row.one('notes'),
    address: addressOf(row),
  };
  return { input, lists };
};

/** Fills what the contact lacks and adds new emails, phones and tags. */
const mergeContact = (current: ContactFields, incoming: ContactFields): ContactFields => ({
  firstName: current.firstName || incoming.firstName,
  lastName: current.lastName || incoming.lastName,
  title: current.title || incoming.title,
  companyId: current.companyId ?? incoming.companyId,
  emails: unionBy(current.emails, incoming.emails, lowerCase),
  phones: unionBy(current.phones, incoming.phones, (phone) => phone.replace(/[^+\d]/g, '')),
  tags: unionBy(current.tags, incoming.tags, lowerCase),
  notes: current.notes || incoming.notes,
  address: mergeAddress(current.address, incoming.address),
});

const toFields = (parsed: ReturnType<typeof contactFields.parse>): ContactFields => ({
  ...blankContact,
  ...parsed,
  address: parsed.address ?? emptyAddress,
});

/** Every email address in the workspace, lower-cased, to the first contact that has it. */
const emailIndex = async (trx: Kysely<Database>) => {
  const index = new Map<string, number>();
  const rows = await trx.selectFrom('contacts').select(['id', 'emails']).orderBy('id').execute();
  for (const { id, emails } of rows) {
    for (const email of parseStringList(emails)) {
      if (!index.has(email.toLowerCase())) index.set(email.toLowerCase(), id);
    }
  }
  return index;
};

/**
 * Contacts: duplicates are found by email address, among the workspace's contacts and earlier rows of
 * the same file; a Company column links to the company of that name, created when there is none.
 */
export const openContactImporter = async ({ trx, now, dedupe, maps }: ImporterOptions): Promise<Importer> => {
  const contacts = await createRecordStore(trx, contactIo, now);
  const companies = maps('company') ? await openCompanyDirectory(trx, now) : undefined;
  const byEmail = dedupe === 'create' ? new Map<string, number>() : await emailIndex(trx);
  const indexEmails = (id: number, emails: string[]) => {
    for (const email of emails) {
      if (!byEmail.has(email.toLowerCase())) byEmail.set(email.toLowerCase(), id);
    }
  };

  return {
    importRow: async (row) => {
      const { input, lists } = contactDraft(row);
      const columnFor = (path: readonly PropertyKey[]) => columnOfIssue(row, lists, path);
      const parsed = contactFields.safeParse(input);
      if (!parsed.success) return faultFrom(parsed.error, columnFor);
      const companyName = companyNameIn(row);
      if (isFault(companyName)) return companyName;
      const companyIdOf = (fields: ContactFields) =>
        fields.companyId ?? (companies && companyName ? companies.idForName(companyName) : null);
      const fields = toFields(parsed.data);

      const existingId =
        dedupe === 'create'
          ? undefined
          : fields.emails.map((email) => byEmail.get(email.toLowerCase())).find((id) => id !== undefined);
      if (existingId === undefined) {
        const id = contacts.create({ ...fields, companyId: companyIdOf(fields) });
        indexEmails(id, fields.emails);
        return 'created';
      }
      if (dedupe === 'skip') return 'skipped';
      const current = await contacts.load(existingId);
      const merged = contactFields.safeParse(mergeContact(current, fields));
      if (!merged.success) return faultFrom(merged.error, columnFor);
      const result = toFields(merged.data);
      const withCompany = { ...result, companyId: companyIdOf(result) };
      if (!sameFields(current, withCompany)) contacts.update(existingId, withCompany);
      indexEmails(existingId, result.emails);
      return 'merged';
    },
    // Companies first: a contact's row points at its company, and the search index reads its name.
    flush: async () => {
      await companies?.store.flush();
      await contacts.flush();
    },
    companiesCreated: () => companies?.createdByName() ?? 0,
  };
};
