import { addressToColumns } from '../db/columns';
import type { Sqlite } from '../db/connection';
import type { CompanyRecord, ContactRecord } from '../db/schema';
import { batchInsert } from './batch-insert';
import { type FakeCompany, fakeCompany } from './fake-company';
import { fakeContact } from './fake-contact';
import { createdAtMs, stampsFrom } from './fake-parts';
import type { Locale } from './locale';
import { locales } from './locales';
import { createRandom, type Random, weightedPicker } from './random';

export interface SeedOptions {
  contacts: number;
  /** About one company per eight contacts when left out. */
  companies?: number;
  seed?: number;
  /** The end of the two years of history the records are spread over. */
  now: Date;
}

export interface SeedResult {
  contacts: number;
  companies: number;
}

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

interface StoredCompany {
  id: number;
  createdMs: number;
  fake: FakeCompany;
}

const nextId = (sqlite: Sqlite, table: 'companies' | 'contacts') =>
  sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number;

const assertCount = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0`);
};

/**
 * Fills a workspace with made-up companies and contacts, the same ones for the same seed and `now`.
 * Rows go in through the plain tables in one transaction, so the search triggers index them exactly as
 * they index records created in the app. Appends to whatever the workspace already holds.
 */
export const seedWorkspace = (
  sqlite: Sqlite,
  { contacts, companies = Math.round(contacts / 8), seed = 1, now }: SeedOptions,
): SeedResult => {
  assertCount('contacts', contacts);
  assertCount('companies', companies);
  const nowMs = now.getTime();
  const pickLocale = weightedPicker(locales, (locale) => locale.weight);

  // One step per record kind, each drawing from its own random stream; deals and invoices become
  // further steps that take the rows stored before them.
  sqlite.transaction(() => {
    const stored = insertCompanies(sqlite, { count: companies, seed, nowMs, pickLocale });
    insertContacts(sqlite, { count: contacts, seed, nowMs, pickLocale, companies: stored });
  })();
  return { contacts, companies };
};

interface StepOptions {
  count: number;
  seed: number;
  nowMs: number;
  pickLocale: (random: Random) => Locale;
}

const insertCompanies = (sqlite: Sqlite, { count, seed, nowMs, pickLocale }: StepOptions) => {
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

const insertContacts = (
  sqlite: Sqlite,
  { count, seed, nowMs, pickLocale, companies }: StepOptions & { companies: StoredCompany[] },
) => {
  const random = createRandom(seed, 'contacts');
  const insert = batchInsert<ContactRecord>(sqlite, 'contacts', contactColumns);
  const firstId = nextId(sqlite, 'contacts');
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
    insert.add({
      id: firstId + i,
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
  }
  insert.flush();
};
