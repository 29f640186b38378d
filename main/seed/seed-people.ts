import { addressToColumns } from '../db/columns';
import type { Sqlite } from '../db/connection';
import type { CompanyRecord, ContactRecord } from '../db/schema';
import { batchInsert } from './batch-insert';
import { type FakeCompany, fakeCompany } from './fake-company';
import { fakeContact } from './fake-contact';
import { createdAtMs, stampsFrom } from './fake-parts';
import type { Locale } from './locale';
import { createRandom, type Random } from './random';

const companyColumns = [
  'id',
  'name',
  'website',
  'email',
  'phone',
  'tax_id',
  'industry',
  'employee_count',
  'tags',
  'notes',
  'address_line1',
  'address_line2',
  'city',
  'postal_code',
  'region',
  'country',
  'created_at',
  'updated_at',
  'archived_at',
] as const satisfies readonly (keyof CompanyRecord)[];

const contactColumns = [
  'id',
  'first_name',
  'last_name',
  'title',
  'company_id',
  'emails',
  'phones',
  'tags',
  'notes',
  'address_line1',
  'address_line2',
  'city',
  'postal_code',
  'region',
  'country',
  'created_at',
  'updated_at',
  'archived_at',
] as const satisfies readonly (keyof ContactRecord)[];

const shareWithoutCompany = 0.15;

export interface StoredCompany {
  id: number;
  createdMs: number;
  fake: FakeCompany;
}

/** What the funnel steps need of a seeded person: who they are and when they were added. */
export interface StoredContact {
  id: number;
  companyId: number | null;
  createdMs: number;
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phone: string;
}

export const nextId = (sqlite: Sqlite, table: string) =>
  sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number;

export interface PeopleStepOptions {
  count: number;
  seed: number;
  nowMs: number;
  pickLocale: (random: Random) => Locale;
}

export const insertCompanies = (
  sqlite: Sqlite,
  { count, seed, nowMs, pickLocale }: PeopleStepOptions,
): StoredCompany[] => {
  const random = createRandom(seed, 'companies');
  const insert = batchInsert<CompanyRecord>(sqlite, 'companies', companyColumns);
  const firstId = nextId(sqlite, 'companies');
  const takenDomains = new Set<string>();
  const stored: StoredCompany[] = [];
  for (let i = 0; i < count; i++) {
    const createdMs = createdAtMs(random, nowMs, i, count);
    const fake = fakeCompany(random, pickLocale(random), takenDomains);
    const id = firstId + i;
    insert.add({
      id,
      name: fake.name,
      website: fake.website,
      email: fake.email,
      phone: fake.phone,
      tax_id: fake.taxId,
      industry: fake.industry,
      employee_count: fake.employeeCount,
      tags: JSON.stringify(fake.tags),
      notes: fake.notes,
      ...addressToColumns(fake.address),
      ...stampsFrom(random, createdMs, nowMs, 0.03),
    });
    stored.push({ id, createdMs, fake });
  }
  insert.flush();
  return stored;
};

export const insertContacts = (
  sqlite: Sqlite,
  { count, seed, nowMs, pickLocale, companies }: PeopleStepOptions & { companies: StoredCompany[] },
): StoredContact[] => {
  const random = createRandom(seed, 'contacts');
  const insert = batchInsert<ContactRecord>(sqlite, 'contacts', contactColumns);
  const firstId = nextId(sqlite, 'contacts');
  const stored: StoredContact[] = [];
  // Companies already on file when this person was added: nobody works at a company not yet recorded.
  let known = 0;
  for (let i = 0; i < count; i++) {
    const createdMs = createdAtMs(random, nowMs, i, count);
    while (
      known < companies.length &&
      (companies[known]?.createdMs ?? Number.POSITIVE_INFINITY) <= createdMs
    ) {
      known++;
    }
    const company =
      known > 0 && !random.chance(shareWithoutCompany) ? companies[random.int(0, known - 1)] : undefined;
    const fields = fakeContact(random, pickLocale, company?.fake ?? null);
    const id = firstId + i;
    insert.add({
      id,
      first_name: fields.firstName,
      last_name: fields.lastName,
      title: fields.title,
      company_id: company?.id ?? null,
      emails: JSON.stringify(fields.emails),
      phones: JSON.stringify(fields.phones),
      tags: JSON.stringify(fields.tags),
      notes: fields.notes,
      ...addressToColumns(fields.address),
      ...stampsFrom(random, createdMs, nowMs, 0.04),
    });
    stored.push({
      id,
      companyId: company?.id ?? null,
      createdMs,
      firstName: fields.firstName,
      lastName: fields.lastName,
      title: fields.title,
      email: fields.emails[0] ?? '',
      phone: fields.phones[0] ?? '',
    });
  }
  insert.flush();
  return stored;
};

/** The people just seeded, indexed the ways the funnel steps look them up. */
export interface SeededPeople {
  /** Both lists are in creation order. */
  companies: readonly StoredCompany[];
  contacts: readonly StoredContact[];
  contactById: ReadonlyMap<number, StoredContact>;
  companyById: ReadonlyMap<number, StoredCompany>;
  contactsOf: ReadonlyMap<number, readonly StoredContact[]>;
  withoutCompany: readonly StoredContact[];
}

export const indexPeople = (companies: StoredCompany[], contacts: StoredContact[]): SeededPeople => {
  const contactsOf = new Map<number, StoredContact[]>();
  for (const contact of contacts) {
    if (contact.companyId === null) continue;
    const staff = contactsOf.get(contact.companyId);
    if (staff) staff.push(contact);
    else contactsOf.set(contact.companyId, [contact]);
  }
  return {
    companies,
    contacts,
    contactById: new Map(contacts.map((contact) => [contact.id, contact])),
    companyById: new Map(companies.map((company) => [company.id, company])),
    contactsOf,
    withoutCompany: contacts.filter((contact) => contact.companyId === null),
  };
};

/** How many of `records` (in creation order) existed at `ms`: a record may only link to those. */
export const createdBy = (records: readonly { createdMs: number }[], ms: number) => {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle]?.createdMs ?? Number.POSITIVE_INFINITY) <= ms) low = middle + 1;
    else high = middle;
  }
  return low;
};
