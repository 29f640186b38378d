import type { ColumnType, Generated, Selectable } from 'kysely';

/** Kysely's view of the database: one place, checked against the migrated schema by schema.test.ts. */
export interface Database {
  companies: CompaniesTable;
  contacts: ContactsTable;
}

interface AddressColumns {
  address_line1: string;
  address_line2: string;
  city: string;
  postal_code: string;
  region: string;
  country: string;
}

interface Timestamps {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface CompaniesTable extends AddressColumns, Timestamps {
  id: Generated<number>;
  name: string;
  website: string;
  email: string;
  phone: string;
  tax_id: string;
  industry: string;
  employee_count: number | null;
  /** JSON array of strings. */
  tags: string;
  notes: string;
}

export interface ContactsTable extends AddressColumns, Timestamps {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  title: string;
  company_id: number | null;
  /** JSON arrays of strings. */
  emails: string;
  phones: string;
  tags: string;
  notes: string;
}

export type CompanyRecord = Selectable<CompaniesTable>;
export type ContactRecord = Selectable<ContactsTable>;

type Unwrap<T> = T extends ColumnType<infer S, unknown, unknown> ? S : T;

/** Whether each column may hold NULL, derived so the compiler keeps this list in step with the types. */
export type ColumnNullability<Table> = {
  [Column in keyof Table]-?: null extends Unwrap<Table[Column]> ? 'nullable' : 'not null';
};

const address = {
  address_line1: 'not null',
  address_line2: 'not null',
  city: 'not null',
  postal_code: 'not null',
  region: 'not null',
  country: 'not null',
} as const;

const timestamps = { created_at: 'not null', updated_at: 'not null', archived_at: 'nullable' } as const;

export const declaredColumns: { [Table in keyof Database]: ColumnNullability<Database[Table]> } = {
  companies: {
    id: 'not null',
    name: 'not null',
    website: 'not null',
    email: 'not null',
    phone: 'not null',
    tax_id: 'not null',
    industry: 'not null',
    employee_count: 'nullable',
    tags: 'not null',
    notes: 'not null',
    ...address,
    ...timestamps,
  },
  contacts: {
    id: 'not null',
    first_name: 'not null',
    last_name: 'not null',
    title: 'not null',
    company_id: 'nullable',
    emails: 'not null',
    phones: 'not null',
    tags: 'not null',
    notes: 'not null',
    ...address,
    ...timestamps,
  },
};
