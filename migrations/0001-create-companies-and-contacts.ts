import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

const withAddressAndTimestamps = <T extends string>(table: CreateTableBuilder<T>) =>
  table
    .addColumn('address_line1', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_line2', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postal_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text');

export const up = async (db: Kysely<unknown>) => {
  await withAddressAndTimestamps(
    db.schema
      .createTable('companies')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('tax_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('employee_count', 'integer')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await withAddressAndTimestamps(
    db.schema
      .createTable('contacts')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('first_name', 'text', (c) => c.notNull())
      .addColumn('last_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
      .addColumn('emails', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await db.schema.createIndex('contacts_company').on('contacts').column('company_id').execute();
  // Partial indexes match the list screens' default "active, by name" order, so a page is an index walk.
  await sql`CREATE INDEX contacts_active_by_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id) WHERE archived_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX companies_active_by_name ON companies (name COLLATE NOCASE, id) WHERE archived_at IS NULL`.execute(
    db,
  );
};
