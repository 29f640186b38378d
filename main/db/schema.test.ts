import { expect, it } from 'vitest';
import { startTestApp } from '../test-support';
import { declaredColumns } from './schema';

it('every table the migrations create has Kysely types', async () => {
  const app = await startTestApp();
  const tables = app.workspace.sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts%' AND name <> 'schema_migrations' ORDER BY name`,
    )
    .pluck()
    .all();
  expect(tables).toEqual(Object.keys(declaredColumns).sort());
});

it('the Kysely table types match the migrated schema, column by column, nullability included', async () => {
  const app = await startTestApp();
  for (const [table, columns] of Object.entries(declaredColumns)) {
    const actual = app.workspace.sqlite.prepare(`PRAGMA table_info(${table})`).all() as {
      name: string;
      notnull: number;
      pk: number;
    }[];
    const migrated = Object.fromEntries(
      actual.map((column) => [column.name, column.notnull || column.pk ? 'not null' : 'nullable']),
    );
    expect(migrated, table).toEqual(columns);
  }
});
